//! The layers of core, read from its own source: no module of core reaches a module that reaches
//! it back (tests and doc comments aside), and the rules and content never reach up into the
//! tools. A circle makes it impossible to tell where a rule ends and a tool begins (issue 17).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Top-level module → the top-level modules its code (not its tests or comments) names.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
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
        let code = text.split("#[cfg(test)]").next().unwrap();
        let refs = g.entry(top.to_string()).or_default();
        for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for (i, _) in line.match_indices("crate::") {
                let rest = &line[i + "crate::".len()..];
                let names: Vec<&str> = match rest.strip_prefix('{') {
                    Some(group) => group
                        .split('}')
                        .next()
                        .unwrap()
                        .split(',')
                        .map(|n| n.trim().split("::").next().unwrap())
                        .collect(),
                    None => vec![rest
                        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                        .next()
                        .unwrap()],
                };
                refs.extend(
                    names
                        .into_iter()
                        .filter(|n| !n.is_empty() && *n != top)
                        .map(String::from),
                );
            }
        }
    }
    let modules: BTreeSet<String> = g.keys().cloned().collect();
    for refs in g.values_mut() {
        refs.retain(|r| modules.contains(r));
    }
    g
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
