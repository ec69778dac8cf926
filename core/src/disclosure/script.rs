//! "Mijn bericht": assembles the person's own sentences into one message, in the order of the
//! script parts, leaving out what they did not write and the parts that do not go with their
//! choices (what they tell about their health is in it only when they chose to tell it).

use super::answers::Answers;
use super::content::Content;

/// Trims a piece and makes it end like a sentence (adds a full stop after a letter or digit).
fn sentence(text: &str) -> Option<String> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if lines.is_empty() {
        return None;
    }
    let mut s = lines.join("\n");
    if s.chars().last().is_some_and(char::is_alphanumeric) {
        s.push('.');
    }
    Some(s)
}

/// Trims a line that must stay as written (salutation, signature).
fn line(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// The message: salutation, opening, the parts in script order, closing and signature, as
/// paragraphs separated by a blank line. Empty pieces, and parts that do not apply to the
/// person's choices ([`ScriptPart::applies`](super::content::ScriptPart::applies)), are left out;
/// an empty script gives "".
pub fn assemble(content: &Content, answers: &Answers) -> String {
    let script = &answers.script;
    let mut paragraphs: Vec<String> = Vec::new();
    if let Some(s) = line(&script.salutation) {
        paragraphs.push(s);
    }
    if let Some(s) = sentence(&script.opening) {
        paragraphs.push(s);
    }
    for part in content.script.parts.iter().filter(|p| p.applies(answers)) {
        if let Some(s) = sentence(script.part(&part.id)) {
            paragraphs.push(s);
        }
    }
    // Parts the content does not know (there are none after `Answers::clean`) are left out.
    if let Some(s) = sentence(&script.closing) {
        paragraphs.push(s);
    }
    if let Some(s) = line(&script.signature) {
        paragraphs.push(s);
    }
    paragraphs.join("\n\n")
}

/// Whether the person wrote anything that goes into the message body.
pub fn has_message(content: &Content, answers: &Answers) -> bool {
    let script = &answers.script;
    !script.opening.trim().is_empty()
        || !script.closing.trim().is_empty()
        || content
            .script
            .parts
            .iter()
            .any(|p| p.applies(answers) && !script.part(&p.id).trim().is_empty())
}
