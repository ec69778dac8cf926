//! The layers of core, read from its own source: no module of core reaches a module that reaches
//! it back (tests and doc comments aside), and the rules and content never reach up into the
//! tools. A circle makes it impossible to tell where a rule ends and a tool begins (issue 17).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The code of a file without its test module and its comment lines.
fn code(text: &str) -> String {
    let mut zonder_tests = text;
    let mut from = 0;
    while let Some(i) = text[from..].find("#[cfg(test)]") {
        let at = from + i;
        if text[at + "#[cfg(test)]".len()..]
            .trim_start()
            .starts_with("mod ")
        {
            zonder_tests = &text[..at];
            break;
        }
        from = at + 1;
    }
    zonder_tests
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The first path segments named after each `crate::` in `code`: `crate::a::b` gives `a`, and
/// `crate::{a::{b, c}, d}` (over any number of lines) gives `a` and `d`.
fn crate_names(code: &str) -> Vec<String> {
    let mut names = Vec::new();
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let (mut depth, mut item) = (0, String::new());
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        names.push(std::mem::take(&mut item));
                        continue;
                    }
                    _ => {}
                }
                if depth == 0 {
                    item.push(c);
                }
            }
            names.push(item);
        } else {
            names.push(rest.to_string());
        }
    }
    names
        .iter()
        .map(|n| {
            n.trim()
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .next()
                .unwrap_or("")
                .to_string()
        })
        .filter(|n| !n.is_empty())
        .collect()
}

/// Names lib.rs re-exports (`pub use taal::{Taal, Tekst};`), with the module they come from.
fn re_exports(lib: &str) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    for stmt in code(lib).split(';') {
        let Some(pad) = stmt.trim().strip_prefix("pub use ") else {
            continue;
        };
        let Some((module, rest)) = pad.split_once("::") else {
            continue;
        };
        let rest = rest.trim().trim_start_matches('{').trim_end_matches('}');
        for name in rest.split(',') {
            let name = name.trim().rsplit("::").next().unwrap_or("").trim();
            if !name.is_empty() {
                map.insert(name.to_string(), module.trim().to_string());
            }
        }
    }
    map
}

/// Top-level module → the top-level modules its code (not its tests or comments) names.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let exported = re_exports(&std::fs::read_to_string(src.join("lib.rs")).unwrap());
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut files = vec![src.clone()];
    while let Some(p) = files.pop() {
        if p.is_dir() {
            files.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        if p.extension().and_then(|e| e.to_str()) != Some("rs") {
            continue;
        }
        let rel = p.strip_prefix(&src).unwrap();
        let top = rel
            .iter()
            .next()
            .unwrap()
            .to_str()
            .unwrap()
            .trim_end_matches(".rs");
        if top == "lib" || top == "bin" {
            continue;
        }
        let text = std::fs::read_to_string(&p).unwrap();
        let refs = g.entry(top.to_string()).or_default();
        for name in crate_names(&code(&text)) {
            let module = exported.get(&name).cloned().unwrap_or(name);
            if module != top {
                refs.insert(module);
            }
        }
    }
    let modules: BTreeSet<String> = g.keys().cloned().collect();
    for refs in g.values_mut() {
        refs.retain(|r| modules.contains(r));
    }
    g
}

#[test]
fn names_are_read_from_groups_over_lines_and_re_exports() {
    let text = "use crate::{\n    a::{b, c},\n    d,\n};\n// crate::e\nfn f() { crate::g::h(); }\n\
                #[cfg(test)]\nmod tests { use crate::x; }";
    assert_eq!(crate_names(&code(text)), ["a", "d", "g"]);
    let map = re_exports("pub use taal::{lijkt_nederlands, Taal, Tekst};\npub use x::Y;");
    assert_eq!(map["Taal"], "taal");
    assert_eq!(map["Y"], "x");
}

fn reaches(g: &BTreeMap<String, BTreeSet<String>>, from: &str, to: &str) -> bool {
    let mut seen = BTreeSet::new();
    let mut todo = vec![from.to_string()];
    while let Some(m) = todo.pop() {
        for n in g.get(&m).into_iter().flatten() {
            if n == to {
                return true;
            }
            if seen.insert(n.clone()) {
                todo.push(n.clone());
            }
        }
    }
    false
}

#[test]
fn core_has_no_import_circle() {
    let g = graph();
    assert!(g.len() > 8, "the modules were found: {g:?}");
    assert!(g["tools"].contains("income"), "references are read: {g:?}");
    let circles: Vec<(&String, &String)> = g
        .iter()
        .flat_map(|(m, refs)| refs.iter().map(move |r| (m, r)))
        .filter(|(m, r)| reaches(&g, r, m))
        .collect();
    assert!(circles.is_empty(), "circles: {circles:?}\n{g:#?}");
}

#[test]
fn rules_and_content_never_reach_the_tools_or_the_loader() {
    let g = graph();
    for low in [
        "income",
        "matcher",
        "disclosure",
        "glossary",
        "data",
        "citaat",
        "money",
    ] {
        for high in ["tools", "bundel", "verantwoording"] {
            assert!(!reaches(&g, low, high), "{low} reaches {high}: {g:#?}");
        }
    }
}
