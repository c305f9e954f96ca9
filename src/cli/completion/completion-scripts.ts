/** The shells `sla completion` writes a script for. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** The hidden command a completion script calls with the words typed so far. */
export const COMPLETE_COMMAND = '__complete';

/**
 * The completion script for a shell. Each one hands the words typed so far
 * to `sla __complete`, which walks the same commander tree the program
 * parses with (commands, flags, `.choices()`, the effective policy's plans
 * and priorities, the shipped calendars) and prints one candidate a line; so
 * the script never goes stale when a flag is added. When there is no
 * candidate, the shell completes file names, for arguments such as
 * `--policy FILE`.
 *
 * @example
 * completionScript('bash', 'sla') // "# bash completion for sla ...\ncomplete -o default -F _sla_complete sla\n"
 */
export function completionScript(shell: Shell, name: string): string {
  const fn = `_${name.replace(/[^A-Za-z0-9_]/g, '_')}_complete`;
  switch (shell) {
    case 'bash':
      return `# bash completion for ${name}; load it with: source <(${name} completion bash)
# or save it as ~/.local/share/bash-completion/completions/${name}
${fn}() {
  local IFS=$'\\n'
  # The words after the command's name, up to and including the one being completed.
  COMPREPLY=($(${name} ${COMPLETE_COMMAND} -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -F ${fn} ${name}
`;
    case 'zsh':
      return `#compdef ${name}
# zsh completion for ${name}; load it with: source <(${name} completion zsh)
# or save it as _${name} in a folder of $fpath
${fn}() {
  local -a candidates
  candidates=("\${(@f)$(${name} ${COMPLETE_COMMAND} -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  if (( \${#candidates[@]} )) && [[ -n "\${candidates[1]}" ]]; then
    compadd -Q -- "\${candidates[@]}"
  else
    _files
  fi
}
if [[ "\${funcstack[1]}" = "_${name}" ]]; then
  ${fn} "$@"
else
  compdef ${fn} ${name}
fi
`;
    case 'fish':
      return `# fish completion for ${name}; load it with: ${name} completion fish | source
# or save it as ~/.config/fish/completions/${name}.fish
function ${fn}
    set -l words (commandline -opc)
    set -e words[1]
    set -l current (commandline -ct)
    set -l candidates (${name} ${COMPLETE_COMMAND} -- $words $current 2>/dev/null)
    if test (count $candidates) -gt 0
        printf '%s\\n' $candidates
    else
        __fish_complete_path $current
    end
end
complete -c ${name} -f -a '(${fn})'
`;
  }
}
