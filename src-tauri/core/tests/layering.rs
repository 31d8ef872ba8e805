//! The core's modules are layers (lib.rs names them): an import circle makes none of the
//! modules on it understandable or testable alone. The model is below the file format,
//! which reads and writes it, so the model must not reach back into the format; and the
//! graph of `crate::<module>` uses between the top-level modules, derived from the
//! sources, must have no circle and point only downwards.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_model_uses_nothing_of_the_format() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model"), &mut files);
    assert!(files.len() >= 5, "the model's sources are there");
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for needle in ["crate::format", "super::format", "super::super::format"] {
            assert!(!text.contains(needle), "{} uses {needle}", file.display());
        }
    }
}

/// The source with comments and the insides of string and character literals blanked
/// out (line breaks kept, for line numbers): a path in a doc comment or a message is no
/// dependency.
fn code_only(src: &str) -> String {
    let b: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let blank = |out: &mut String, c: char| out.push(if c == '\n' { '\n' } else { ' ' });
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < b.len() && b[i] != '\n' {
                blank(&mut out, b[i]);
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < b.len() {
                if b[i] == '/' && b.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if b[i] == '*' && b.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    blank(&mut out, b[i]);
                    i += 1;
                }
            }
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && !b[..i].last().is_some_and(|p| p.is_alphanumeric() || *p == '_') {
            // A raw string: r"..." or r#"..."#, ended by a quote and as many hashes.
            let mut j = i + 1;
            while b.get(j) == Some(&'#') {
                j += 1;
            }
            if b.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            let hashes = j - i - 1;
            out.push('"');
            i = j + 1;
            while i < b.len() && !(b[i] == '"' && (0..hashes).all(|k| b.get(i + 1 + k) == Some(&'#'))) {
                blank(&mut out, b[i]);
                i += 1;
            }
            out.push('"');
            i += 1 + hashes;
        } else if c == '"' {
            out.push('"');
            i += 1;
            while i < b.len() && b[i] != '"' {
                if b[i] == '\\' {
                    blank(&mut out, b[i]);
                    i += 1;
                }
                if i < b.len() {
                    blank(&mut out, b[i]);
                    i += 1;
                }
            }
            out.push('"');
            i += 1;
        } else if c == '\'' && (next == Some('\\') || b.get(i + 2) == Some(&'\'')) {
            // A character literal ('{', '\n', '\''), not a lifetime ('a).
            out.push('\'');
            i += 1;
            if b.get(i) == Some(&'\\') {
                out.push(' ');
                i += 1;
            }
            while i < b.len() && b[i] != '\'' {
                blank(&mut out, b[i]);
                i += 1;
            }
            out.push('\'');
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn ident_at(code: &str, at: usize) -> &str {
    let rest = &code[at..];
    let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(rest.len());
    &rest[..end]
}

fn skip_space(code: &str, at: usize) -> usize {
    at + code[at..].len() - code[at..].trim_start().len()
}

/// Blanks `#[cfg(test)] mod name { ... }` out of `code`, and returns the names of the
/// `#[cfg(test)] mod name;` files it declares. Test code may use the whole crate (that is
/// what tests are for); it is compiled into no library, so it is outside the layering.
fn strip_tests(code: &mut String) -> Vec<String> {
    let mut test_files = Vec::new();
    let mut from = 0;
    while let Some(found) = code[from..].find("#[cfg(test)]") {
        let attr = from + found;
        let mut at = skip_space(code, attr + "#[cfg(test)]".len());
        from = at;
        // A test module other modules' tests share (`pub(crate) mod tests;`) is one too.
        for visibility in ["pub(crate) ", "pub(super) ", "pub "] {
            if code[at..].starts_with(visibility) {
                at += visibility.len();
            }
        }
        let Some(after_mod) = code[at..].strip_prefix("mod ") else { continue };
        at = skip_space(code, code.len() - after_mod.len());
        let name = ident_at(code, at).to_string();
        at = skip_space(code, at + name.len());
        match code.as_bytes().get(at) {
            Some(b';') => test_files.push(name),
            Some(b'{') => {
                let mut depth = 0;
                let mut end = at;
                for (k, ch) in code[at..].char_indices() {
                    match ch {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        _ => {}
                    }
                    if depth == 0 {
                        end = at + k + 1;
                        break;
                    }
                }
                let blanked: String = code[attr..end].chars().map(|c| if c == '\n' { '\n' } else { ' ' }).collect();
                code.replace_range(attr..end, &blanked);
                from = end;
            }
            _ => {}
        }
    }
    test_files
}

/// The top-level modules, as lib.rs declares them.
fn top_modules(lib: &str) -> Vec<String> {
    lib.lines()
        .filter_map(|l| l.trim().strip_prefix("pub mod ")?.strip_suffix(';').map(str::to_string))
        .collect()
}

/// Who uses whom: (user, used) -> the first place that says so, as "file:line".
fn module_graph() -> (Vec<String>, std::collections::BTreeMap<(String, String), String>) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let modules = top_modules(&std::fs::read_to_string(src.join("lib.rs")).unwrap());
    let mut edges = std::collections::BTreeMap::new();
    for module in &modules {
        let mut files = Vec::new();
        if src.join(format!("{module}.rs")).exists() {
            files.push(src.join(format!("{module}.rs")));
        }
        if src.join(module).is_dir() {
            rust_files(&src.join(module), &mut files);
        }
        assert!(!files.is_empty(), "lib.rs declares {module}, whose source is src/{module}.rs or src/{module}/");
        let mut codes = Vec::new();
        let mut test_only = Vec::new();
        for file in &files {
            let mut code = code_only(&std::fs::read_to_string(file).unwrap());
            // The children of foo/mod.rs and of foo.rs both live in foo/.
            let dir = if file.file_name().is_some_and(|n| n == "mod.rs") {
                file.parent().unwrap().to_path_buf()
            } else {
                file.with_extension("")
            };
            for name in strip_tests(&mut code) {
                test_only.push(dir.join(format!("{name}.rs")));
                test_only.push(dir.join(&name));
            }
            codes.push((file.clone(), code));
        }
        for (file, code) in codes {
            if test_only.iter().any(|t| file.starts_with(t)) {
                continue;
            }
            // How deep the file's module is: `super::` that many times is the crate.
            let rel = file.strip_prefix(&src).unwrap();
            let depth = rel.components().count() - usize::from(rel.ends_with("mod.rs"));
            let crate_level = |at: usize| -> Vec<usize> {
                let rest = &code[at..];
                if let Some(group) = rest.strip_prefix('{') {
                    // use crate::{a, b::c}: every top-level name of the group.
                    let mut names = vec![at + 1];
                    let mut level = 0;
                    for (k, ch) in group.char_indices() {
                        match ch {
                            '{' => level += 1,
                            '}' if level == 0 => break,
                            '}' => level -= 1,
                            ',' if level == 0 => names.push(skip_space(&code, at + 1 + k + 1)),
                            _ => {}
                        }
                    }
                    names.into_iter().map(|n| skip_space(&code, n)).collect()
                } else {
                    vec![at]
                }
            };
            let mut starts = Vec::new();
            for (pos, _) in code.match_indices("crate::") {
                let before = code[..pos].chars().last();
                if !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
                    starts.push((pos, crate_level(pos + "crate::".len())));
                }
            }
            let supers = "super::".repeat(depth);
            for (pos, _) in code.match_indices(&supers) {
                let before = code[..pos].chars().last();
                let more = code[pos + supers.len()..].starts_with("super::");
                if !more && !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                    starts.push((pos, crate_level(pos + supers.len())));
                }
            }
            for (pos, names) in starts {
                for at in names {
                    let used = ident_at(&code, at);
                    if used != module && modules.iter().any(|m| m == used) {
                        let line = code[..pos].matches('\n').count() + 1;
                        edges
                            .entry((module.clone(), used.to_string()))
                            .or_insert_with(|| format!("{}:{line}", rel.display()));
                    }
                }
            }
        }
    }
    (modules, edges)
}

/// A cycle through `edges`, as the list of its modules, the first one repeated at the end.
fn find_cycle(modules: &[String], edges: &std::collections::BTreeMap<(String, String), String>) -> Option<Vec<String>> {
    fn visit<'a>(
        at: &'a str,
        edges: &'a std::collections::BTreeMap<(String, String), String>,
        path: &mut Vec<&'a str>,
        done: &mut Vec<&'a str>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|m| *m == at) {
            let mut cycle: Vec<String> = path[start..].iter().map(|m| m.to_string()).collect();
            cycle.push(at.to_string());
            return Some(cycle);
        }
        if done.contains(&at) {
            return None;
        }
        path.push(at);
        for (from, to) in edges.keys() {
            if from == at {
                if let Some(cycle) = visit(to, edges, path, done) {
                    return Some(cycle);
                }
            }
        }
        path.pop();
        done.push(at);
        None
    }
    let mut done = Vec::new();
    modules.iter().find_map(|m| visit(m, edges, &mut Vec::new(), &mut done))
}

#[test]
fn the_top_level_modules_use_each_other_without_a_circle() {
    let (modules, edges) = module_graph();
    assert!(modules.len() >= 8, "lib.rs's modules are found: {modules:?}");
    // The derivation itself is checked on uses the sources are known to have.
    for (from, to) in [("document", "format"), ("export", "format"), ("format", "model"), ("format", "messages"), ("diff", "model"), ("cli", "diff"), ("merge", "diff"), ("cli", "merge")] {
        assert!(edges.contains_key(&(from.to_string(), to.to_string())), "{from} uses {to}; found {edges:?}");
    }
    if let Some(cycle) = find_cycle(&modules, &edges) {
        let steps: Vec<String> = cycle
            .windows(2)
            .map(|w| format!("{} -> {} ({})", w[0], w[1], edges[&(w[0].clone(), w[1].clone())]))
            .collect();
        panic!("import circle {}:\n  {}", cycle.join(" -> "), steps.join("\n  "));
    }
}

/// The order lib.rs documents, bottom layer first.
fn documented_layers() -> Vec<String> {
    let lib = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs")).unwrap();
    let doc: Vec<&str> = lib.lines().filter_map(|l| l.strip_prefix("//!")).map(str::trim).collect();
    let doc = doc.join(" ");
    let marker = "from the bottom up:";
    let list = &doc[doc.find(marker).expect("lib.rs documents the layers") + marker.len()..];
    let list = &list[..list.find('.').unwrap()];
    list.split(',').map(|m| m.trim().trim_matches('`').to_string()).collect()
}

#[test]
fn every_module_uses_only_the_layers_below_it_as_lib_rs_documents() {
    let (modules, edges) = module_graph();
    let layers = documented_layers();
    let mut sorted_layers = layers.clone();
    sorted_layers.sort();
    let mut sorted_modules = modules.clone();
    sorted_modules.sort();
    assert_eq!(sorted_layers, sorted_modules, "lib.rs's layers name each of its modules once");
    let rank = |m: &str| layers.iter().position(|l| l == m).unwrap();
    let upward: Vec<String> = edges
        .iter()
        .filter(|((from, to), _)| rank(to) > rank(from))
        .map(|((from, to), at)| format!("{from} uses {to} ({at})"))
        .collect();
    assert!(upward.is_empty(), "uses against the layering of lib.rs:\n  {}", upward.join("\n  "));
}
