import BlancoCore

/// `blanco completion bash|zsh|fish`: a script that completes commands, their options and
/// exercise ids. The ids are asked of `blanco completion ids` when Tab is pressed, so a
/// lecturer's own exercises (`BLANCO_EXERCISES`) are completed too.
enum CompletionCommand: Command {
    static let name = "completion"
    static let aliases = ["aanvulling"]
    static let summary = "Schrijf een script dat commando's en ids aanvult met Tab"
    static let usage = """
        Gebruik: blanco completion bash|zsh|fish

        Schrijft een script waarmee je shell commando's, opties en oefening-ids aanvult als
        je op Tab drukt. Zet het zo in je shell:

          bash:  blanco completion bash > ~/.local/share/bash-completion/completions/blanco
          zsh:   blanco completion zsh > ~/.zfunc/_blanco   (met ~/.zfunc in je fpath)
          fish:  blanco completion fish > ~/.config/fish/completions/blanco.fish

        'blanco completion ids' toont de oefening-ids, één per regel (het script gebruikt dat).

        """

    static let shells = ["bash", "zsh", "fish"]

    static func run(_ arguments: [String], _ context: AppContext) -> ExitCode {
        let positionals: [String]
        do {
            positionals = try ArgumentSpec().parse(arguments).positionals
        } catch {
            context.error(error.message)
            return .usage
        }
        guard positionals.count == 1, let shell = positionals.first, shells.contains(shell) || shell == "ids" else {
            var message = "kies een shell: blanco completion bash, zsh of fish"
            if let given = positionals.first, let close = EditDistance.closest(to: given, in: shells) {
                message = "onbekende shell '\(given)'; bedoelde je '\(close)'?"
            }
            context.error(message)
            return .usage
        }
        if shell == "ids" {
            for exercise in ExerciseCatalog.load(directory: context.exercisesDirectory).exercises {
                context.out.line(exercise.id)
            }
            return .ok
        }
        let words = CompletionWords.current
        switch shell {
        case "bash": context.out.write(CompletionScript.bash(words))
        case "zsh": context.out.write(CompletionScript.zsh(words))
        default: context.out.write(CompletionScript.fish(words))
        }
        return .ok
    }
}

/// What the completion scripts offer: every command name and alias, the global options,
/// and each command's options as its usage text names them.
struct CompletionWords {
    var commands: [String]
    var globalOptions: [String]
    /// Per command name (and alias): its options.
    var options: [(names: [String], options: [String])]
    /// Commands whose argument is an exercise id.
    var takesExerciseID: [String]

    static var current: CompletionWords {
        CompletionWords(
            commands: CommandTable.allNames,
            globalOptions: BlancoApp.globalOptionNames,
            options: CommandTable.commands.map { ([$0.name] + $0.aliases, optionNames(in: $0.usage)) },
            takesExerciseID: [PracticeCommand.name] + PracticeCommand.aliases)
    }

    /// The `--long-options` a usage text mentions, in order, without repeats.
    static func optionNames(in usage: String) -> [String] {
        var found: [String] = []
        var current = ""
        for character in usage + " " {
            if character.isLetter || character.isNumber || character == "-" {
                current.append(character)
                continue
            }
            if current.hasPrefix("--"), current.count > 2, !found.contains(current) { found.append(current) }
            current = ""
        }
        return found
    }
}

/// The completion scripts, one per shell.
enum CompletionScript {
    static func bash(_ words: CompletionWords) -> String {
        var cases = ""
        for entry in words.options where !entry.options.isEmpty {
            cases +=
                "        \(entry.names.joined(separator: "|"))) options=\"\(entry.options.joined(separator: " "))\" ;;\n"
        }
        return """
            # bash completion for blanco (blanco completion bash)
            _blanco() {
                local cur=${COMP_WORDS[COMP_CWORD]} command="" word options="" skip=0
                for word in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
                    if ((skip)); then skip=0; continue; fi
                    case "$word" in --exercises|--color) skip=1 ;; -*) ;; *) command=$word; break ;; esac
                done
                case "$command" in
            \(cases)    esac
                if [[ $cur == -* ]]; then
                    COMPREPLY=($(compgen -W "\(words.globalOptions.joined(separator: " ")) $options" -- "$cur"))
                elif [[ -z $command ]]; then
                    COMPREPLY=($(compgen -W "\(words.commands.joined(separator: " "))" -- "$cur"))
                else
                    case "$command" in
                    \(words.takesExerciseID.joined(separator: "|"))) COMPREPLY=($(compgen -W "$(blanco completion ids 2>/dev/null)" -- "$cur")) ;;
                    help|hulp) COMPREPLY=($(compgen -W "\(words.commands.joined(separator: " "))" -- "$cur")) ;;
                    completion|aanvulling) COMPREPLY=($(compgen -W "bash zsh fish" -- "$cur")) ;;
                    *) COMPREPLY=($(compgen -f -- "$cur")) ;;
                    esac
                fi
            }
            complete -F _blanco blanco

            """
    }

    static func zsh(_ words: CompletionWords) -> String {
        var cases = ""
        for entry in words.options where !entry.options.isEmpty {
            cases += "    \(entry.names.joined(separator: "|"))) options=(\(entry.options.joined(separator: " "))) ;;\n"
        }
        return """
            #compdef blanco
            # zsh completion for blanco (blanco completion zsh)
            _blanco() {
              local command="" word skip=0
              local -a options
              for word in ${words[2,CURRENT-1]}; do
                if ((skip)); then skip=0; continue; fi
                case $word in
                  --exercises|--color) skip=1 ;;
                  -*) ;;
                  *) command=$word; break ;;
                esac
              done
              case $command in
            \(cases)  esac
              if [[ $PREFIX == -* ]]; then
                compadd -- \(words.globalOptions.joined(separator: " ")) $options
              elif [[ -z $command ]]; then
                compadd -- \(words.commands.joined(separator: " "))
              else
                case $command in
                  \(words.takesExerciseID.joined(separator: "|"))) compadd -- ${(f)"$(blanco completion ids 2>/dev/null)"} ;;
                  help|hulp) compadd -- \(words.commands.joined(separator: " ")) ;;
                  completion|aanvulling) compadd -- bash zsh fish ;;
                  *) _files ;;
                esac
              fi
            }
            if [[ ${zsh_eval_context[-1]} == loadautofunc ]]; then
              _blanco "$@"
            else
              compdef _blanco blanco
            fi

            """
    }

    static func fish(_ words: CompletionWords) -> String {
        var lines = "# fish completion for blanco (blanco completion fish)\ncomplete -c blanco -f\n"
        let commands = words.commands.joined(separator: " ")
        lines += "complete -c blanco -n 'not __fish_seen_subcommand_from \(commands)' -a '\(commands)'\n"
        for option in words.globalOptions {
            lines += "complete -c blanco -l \(option.dropFirst(2))\n"
        }
        for entry in words.options {
            for option in entry.options where !words.globalOptions.contains(option) {
                lines +=
                    "complete -c blanco -n '__fish_seen_subcommand_from \(entry.names.joined(separator: " "))' -l \(option.dropFirst(2))\n"
            }
        }
        lines +=
            "complete -c blanco -n '__fish_seen_subcommand_from \(words.takesExerciseID.joined(separator: " "))' -a '(blanco completion ids 2>/dev/null)'\n"
        lines += "complete -c blanco -n '__fish_seen_subcommand_from completion aanvulling' -a 'bash zsh fish'\n"
        return lines
    }
}
