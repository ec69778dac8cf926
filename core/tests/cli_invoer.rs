//! Both command-line tools refuse bad input with one short line: a bad value is quoted at most
//! a few dozen characters long, never echoed whole, and nothing panics.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn draai(bin: &str, args: &[&str], stdin: Option<&str>) -> Output {
    let mut c = Command::new(bin);
    c.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().expect("start");
    if let Some(t) = stdin {
        let _ = child.stdin.take().expect("stdin").write_all(t.as_bytes());
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().expect("wachten")
}

/// Exit status 2, nothing on stdout, one line on stderr, at most `max` characters, and no run of
/// more than 41 copies of the bad value's letter.
fn kort_geweigerd(o: &Output, letter: char, max: usize) {
    assert_eq!(o.status.code(), Some(2), "{o:?}");
    assert!(o.stdout.is_empty());
    let e = String::from_utf8_lossy(&o.stderr);
    assert_eq!(e.trim_end().lines().count(), 1, "one line: {e}");
    assert!(
        e.chars().count() <= max,
        "{} characters: {e}",
        e.chars().count()
    );
    let lang: String = std::iter::repeat_n(letter, 42).collect();
    assert!(!e.contains(&lang), "the bad value is echoed whole: {e}");
    assert!(!e.contains("panicked"), "{e}");
}

#[test]
fn rekenhulp_quotes_a_bad_value_short() {
    let bin = env!("CARGO_BIN_EXE_rekenhulp");
    let q = "q".repeat(5_000);
    let dashed = format!("--{q}");
    for args in [
        vec![q.as_str()],
        vec!["regel", q.as_str()],
        vec![
            "regel",
            "zorgtoeslag",
            "--toetsingsinkomen",
            "1",
            dashed.as_str(),
            "1",
        ],
        vec!["regel", "zorgtoeslag", "--toetsingsinkomen", q.as_str()],
        vec![
            "regel",
            "zorgtoeslag",
            "--toetsingsinkomen",
            "1",
            q.as_str(),
        ],
        vec![
            "regel",
            "zorgtoeslag",
            "--toetsingsinkomen",
            "1",
            "--datum",
            q.as_str(),
        ],
        vec!["scenario", q.as_str()],
        vec!["scenario", "-", "--taal", q.as_str()],
    ] {
        kort_geweigerd(&draai(bin, &args, None), 'q', 300);
    }
    // A scenario with a long unknown field, benefit kind or bad value.
    for json in [
        format!(r#"{{"huishouden":{{"leeftijd":30,"{q}":1}}}}"#),
        format!(r#"{{"huishouden":{{"leeftijd":30}},"uitkering":{{"soort":"{q}"}}}}"#),
        format!(r#"{{"huishouden":{{"leeftijd":30}},"woning":{{"kale_huur":"{q}"}}}}"#),
        format!(r#"{{"peildatum":"{q}","huishouden":{{"leeftijd":30}}}}"#),
    ] {
        kort_geweigerd(&draai(bin, &["scenario", "-"], Some(&json)), 'q', 300);
    }
}

#[test]
fn begeleiding_quotes_a_bad_value_short() {
    let bin = env!("CARGO_BIN_EXE_begeleiding");
    let q = "q".repeat(5_000);
    let dashed = format!("--{q}");
    kort_geweigerd(&draai(bin, &[&dashed], None), 'q', 400);
    kort_geweigerd(&draai(bin, &[&q], None), 'q', 400);
    kort_geweigerd(
        &draai(bin, &["-"], Some(&format!(r#"{{"{q}":"x"}}"#))),
        'q',
        400,
    );
    kort_geweigerd(
        &draai(bin, &["-"], Some(&format!(r#"{{"doel":"{q}"}}"#))),
        'q',
        400,
    );
}
