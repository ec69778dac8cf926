//! The content of the disclosure aid, as read from `data/disclosure/*.toml` (embedded as JSON at
//! build time), and the checks that every claim has a source and every link points somewhere.

use super::answers::{Side, Weight};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::sync::OnceLock;

use crate::citaat::is_datum;
use crate::Tekst;

/// What kind of source a claim rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// A law, regulation or policy rule (wetten.overheid.nl or the official text).
    Law,
    /// A page of a public body.
    Official,
    /// A published study.
    Research,
    /// A page that explains or reproduces a primary source (a guide, a professional body, a law
    /// firm, a news site): not the authority itself.
    Secondary,
    /// Lines in one of the project's source documents, cited `file:line-line`.
    Seed,
    /// A fact from the project's reference notes (anchors.md), not re-read in the primary source.
    Reference,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub id: String,
    pub kind: SourceKind,
    pub title: String,
    #[serde(default)]
    pub url: Option<String>,
    /// For seeds: `000_3e358a3822bcc572.txt:3310-3318` (see [`crate::citaat`]).
    #[serde(default)]
    pub citation: Option<String>,
    /// The words of the source that carry the claims citing it. For a seed they must stand in the
    /// cited lines (a test looks for them); for a page, as read on `checked`.
    #[serde(default)]
    pub citaat: Option<String>,
    /// Where the quote was read when that is not `url`: a verbatim copy, or a summary.
    #[serde(default)]
    pub via: Option<String>,
    /// The date we read it (YYYY-MM-DD).
    pub checked: String,
    /// True when the quote was read in the source itself or in a verbatim copy of it. A source
    /// that is not verified is shown as such ("niet in de bron zelf nagelezen").
    pub verified: bool,
    #[serde(default)]
    pub note: Option<String>,
}

/// A warning that belongs to one situation (the person is on sick leave, …), with its sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub text: Tekst,
    pub sources: Vec<String>,
}

/// A warning on an option that holds in some situations only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SituationNote {
    pub situations: Vec<String>,
    pub text: Tekst,
    pub sources: Vec<String>,
}

/// A sentence for a hard moment (an unlawful question, a gap in the CV, …), for the situations
/// where it can come up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phrase {
    pub id: String,
    pub situations: Vec<String>,
    /// When the sentence helps ("Als een werkgever naar uw gezondheid vraagt").
    pub when: Tekst,
    pub text: Tekst,
    pub sources: Vec<String>,
}

impl Phrase {
    /// Whether the sentence fits a situation (`None`: none chosen yet, all fit).
    pub fn applies_to(&self, situation: Option<&str>) -> bool {
        situation.is_none_or(|s| self.situations.iter().any(|x| x == s))
    }
}

/// IPDAS metadata: production date, update policy, funding, interests, evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub title: Tekst,
    pub subtitle: Tekst,
    pub production_date: String,
    pub update_policy: Tekst,
    pub funding: Tekst,
    pub interests: Tekst,
    pub privacy: Tekst,
    pub developed: Tekst,
    pub developed_sources: Vec<String>,
    pub evidence: Tekst,
    pub evidence_sources: Vec<String>,
    /// How telling or not telling went for people in a Dutch survey: good and bad, on both sides.
    pub experiences: Tekst,
    pub experiences_sources: Vec<String>,
    pub not_advice: Tekst,
}

/// The sentences that keep the aid free of verdicts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statements {
    pub choice_is_yours: Tekst,
    pub not_telling_ok: Tekst,
    pub can_change: Tekst,
    pub no_verdict: Tekst,
    pub option_links: Tekst,
    pub composite: Tekst,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Situation {
    pub id: String,
    pub label: Tekst,
    pub hint: Tekst,
    /// What the person must know in this situation whatever they choose (on sick leave: the
    /// duties of the Wet verbetering poortwachter). Shown with "Niet vertellen is ook een goede
    /// keuze" and on the summary.
    #[serde(default)]
    pub let_op: Option<Note>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Audience {
    pub id: String,
    pub label: Tekst,
    pub hint: Tekst,
    /// An id in the glossary (`data/begrippen.toml`).
    #[serde(default)]
    pub glossary: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeightLabel {
    pub id: Weight,
    pub label: Tekst,
    pub value: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SureItem {
    /// `s`, `u`, `r` or `e`.
    pub id: String,
    pub question: Tekst,
    /// A gentle tip shown when the answer is "no".
    pub if_no: Tekst,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SureContent {
    pub intro: Tekst,
    /// Contains `{score}`.
    pub score_label: Tekst,
    pub no_doubt: Tekst,
    pub some_doubt: Tekst,
    pub incomplete: Tekst,
    pub change_better: Tekst,
    pub change_same: Tekst,
    pub change_worse: Tekst,
    pub sources: Vec<String>,
    #[serde(rename = "item")]
    pub items: Vec<SureItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextStep {
    pub id: String,
    pub label: Tekst,
    pub text: Tekst,
    /// An in-app hash route, such as `#/begeleiding`.
    #[serde(default)]
    pub route: Option<String>,
    pub sources: Vec<String>,
    #[serde(default)]
    pub glossary: Option<String>,
}

/// A reason for or against telling, in the person's own voice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    pub id: String,
    pub side: Side,
    pub text: Tekst,
    pub explain: Tekst,
    pub sources: Vec<String>,
}

/// A right under Dutch law, shown for some situations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Right {
    pub id: String,
    pub situations: Vec<String>,
    pub title: Tekst,
    pub text: Tekst,
    #[serde(default)]
    pub caveat: Option<Tekst>,
    /// The date we checked it (YYYY-MM-DD).
    pub checked: String,
    pub sources: Vec<String>,
    #[serde(default)]
    pub glossary: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionGroup {
    pub id: String,
    pub title: Tekst,
    /// The short first-person label in the summary and the plan ("Aan wie:").
    pub label: Tekst,
    pub question: Tekst,
    /// Whether the person may choose more than one option in this group.
    pub multiple: bool,
}

/// A pro or con of an option, with the reasons it relates to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Point {
    pub text: Tekst,
    /// For a pro: the reasons this option serves. For a con: the reasons it works against.
    pub reasons: Vec<String>,
    pub sources: Vec<String>,
}

/// One possibility: how much, to whom, when or how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisclosureOption {
    pub id: String,
    pub group: String,
    /// For a to-whom option: the audience id.
    #[serde(default)]
    pub audience: Option<String>,
    /// The situations this option applies to; empty means all.
    #[serde(default)]
    pub situations: Vec<String>,
    pub label: Tekst,
    pub text: Tekst,
    /// The option means telling the employer nothing (now). On sick leave such an option must
    /// carry a note with the duties that stay (checked on load).
    #[serde(default)]
    pub zwijgen: bool,
    /// Warnings for some situations, shown with the option.
    #[serde(default, rename = "let_op")]
    pub notes: Vec<SituationNote>,
    #[serde(rename = "pro")]
    pub pros: Vec<Point>,
    #[serde(rename = "con")]
    pub cons: Vec<Point>,
}

impl DisclosureOption {
    /// Whether the option applies in a situation (`None`: no situation chosen yet, all apply).
    pub fn applies_to(&self, situation: Option<&str>) -> bool {
        match situation {
            None => true,
            Some(s) => self.situations.is_empty() || self.situations.iter().any(|x| x == s),
        }
    }

    /// The warnings for a situation (`None`: every warning, as no situation is chosen yet).
    pub fn notes_for<'a>(
        &'a self,
        situation: Option<&'a str>,
    ) -> impl Iterator<Item = &'a SituationNote> + 'a {
        self.notes
            .iter()
            .filter(move |n| situation.is_none_or(|s| n.situations.iter().any(|x| x == s)))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScriptPart {
    pub id: String,
    pub title: Tekst,
    pub prompt: Tekst,
    pub help: Tekst,
    pub examples: Vec<Tekst>,
    /// Option ids: the part is in the builder and the message only when one of them is chosen
    /// (the part about one's health, with "een deel vertellen" or "alles vertellen"). Empty:
    /// always.
    #[serde(default)]
    pub when: Vec<String>,
}

impl ScriptPart {
    /// Whether the part belongs in the message of these answers.
    pub fn applies(&self, answers: &super::Answers) -> bool {
        self.when.is_empty() || self.when.iter().any(|o| answers.is_chosen(o))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScriptContent {
    pub intro: Tekst,
    pub preview_title: Tekst,
    pub empty_preview: Tekst,
    pub sources: Vec<String>,
    pub opening: Vec<Tekst>,
    pub closing: Vec<Tekst>,
    #[serde(rename = "part")]
    pub parts: Vec<ScriptPart>,
    /// Sentences for hard moments, shown beside the message.
    #[serde(rename = "zin", default)]
    pub phrases: Vec<Phrase>,
    /// The heading and one line above those sentences.
    pub phrases_title: Tekst,
    pub phrases_intro: Tekst,
}

/// A short story. Always a composite, never about one real person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Story {
    pub id: String,
    pub composite: bool,
    pub situation: String,
    pub choice: Tekst,
    pub title: Tekst,
    pub text: Tekst,
    pub sources: Vec<String>,
}

/// Everything the aid shows, validated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Content {
    pub meta: Meta,
    pub statements: Statements,
    pub situations: Vec<Situation>,
    pub audiences: Vec<Audience>,
    pub weights: Vec<WeightLabel>,
    pub sure: SureContent,
    pub next_steps: Vec<NextStep>,
    pub reasons: Vec<Reason>,
    pub rights: Vec<Right>,
    pub groups: Vec<OptionGroup>,
    pub options: Vec<DisclosureOption>,
    pub script: ScriptContent,
    pub stories: Vec<Story>,
    pub sources: Vec<Source>,
}

/// The JSON text of each data file (as embedded by `build.rs`), for [`Content::parse`].
#[derive(Debug, Clone, Copy)]
pub struct RawFiles<'a> {
    pub hulp: &'a str,
    pub bronnen: &'a str,
    pub redenen: &'a str,
    pub rechten: &'a str,
    pub mogelijkheden: &'a str,
    pub bericht: &'a str,
    pub verhalen: &'a str,
}

/// The shipped data files.
pub const SHIPPED: RawFiles<'static> = RawFiles {
    hulp: crate::embedded!("disclosure/hulp"),
    bronnen: crate::embedded!("disclosure/bronnen"),
    redenen: crate::embedded!("disclosure/redenen"),
    rechten: crate::embedded!("disclosure/rechten"),
    mogelijkheden: crate::embedded!("disclosure/mogelijkheden"),
    bericht: crate::embedded!("disclosure/bericht"),
    verhalen: crate::embedded!("disclosure/verhalen"),
};

#[derive(Deserialize)]
struct HulpFile {
    meta: Meta,
    statements: Statements,
    situation: Vec<Situation>,
    audience: Vec<Audience>,
    weight: Vec<WeightLabel>,
    sure: SureContent,
    next_step: Vec<NextStep>,
}

#[derive(Deserialize)]
struct BronnenFile {
    source: Vec<Source>,
}

#[derive(Deserialize)]
struct RedenenFile {
    reason: Vec<Reason>,
}

#[derive(Deserialize)]
struct RechtenFile {
    right: Vec<Right>,
}

#[derive(Deserialize)]
struct MogelijkhedenFile {
    group: Vec<OptionGroup>,
    option: Vec<DisclosureOption>,
}

#[derive(Deserialize)]
struct BerichtFile {
    script: ScriptContent,
}

#[derive(Deserialize)]
struct VerhalenFile {
    story: Vec<Story>,
}

/// The problems found in the data: one line each, naming the file's item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError(pub Vec<String>);

impl std::fmt::Display for ContentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "data/disclosure: {}", self.0.join("; "))
    }
}

impl std::error::Error for ContentError {}

fn read<T: serde::de::DeserializeOwned>(name: &str, json: &str) -> Result<T, ContentError> {
    crate::data::lees(json).map_err(|e| ContentError(vec![format!("{name}.toml: {e}")]))
}

/// The minimum number of reasons on each side (issue 5).
pub const MIN_REASONS_PER_SIDE: usize = 12;

/// The script parts the builder needs, in order (what I can do; what I tell about my health, when
/// the person chose to tell (part of) it; what helps me; what I would like you to do if…; who else
/// knows).
pub const SCRIPT_PARTS: [&str; 5] = [
    "wat_ik_kan",
    "wat_ik_vertel",
    "wat_mij_helpt",
    "wat_ik_vraag_als",
    "wie_weet_het",
];

/// The four SURE items, in order.
pub const SURE_ITEMS: [&str; 4] = ["s", "u", "r", "e"];

/// The option groups, in order.
pub const GROUPS: [&str; 4] = ["hoeveel", "aan_wie", "wanneer", "hoe"];

/// The situation "Ik werk, maar ben nu ziek gemeld": silence is not the same there (the duties of
/// the Wet verbetering poortwachter stay), so an option that means silence needs a note for it.
pub const SICK_LEAVE: &str = "ziekteverzuim";

impl Content {
    /// Parses and validates the data files. Every problem is reported, not just the first.
    pub fn parse(files: RawFiles<'_>) -> Result<Content, ContentError> {
        let hulp: HulpFile = read("hulp", files.hulp)?;
        let bronnen: BronnenFile = read("bronnen", files.bronnen)?;
        let redenen: RedenenFile = read("redenen", files.redenen)?;
        let rechten: RechtenFile = read("rechten", files.rechten)?;
        let mogelijkheden: MogelijkhedenFile = read("mogelijkheden", files.mogelijkheden)?;
        let bericht: BerichtFile = read("bericht", files.bericht)?;
        let verhalen: VerhalenFile = read("verhalen", files.verhalen)?;
        let content = Content {
            meta: hulp.meta,
            statements: hulp.statements,
            situations: hulp.situation,
            audiences: hulp.audience,
            weights: hulp.weight,
            sure: hulp.sure,
            next_steps: hulp.next_step,
            reasons: redenen.reason,
            rights: rechten.right,
            groups: mogelijkheden.group,
            options: mogelijkheden.option,
            script: bericht.script,
            stories: verhalen.story,
            sources: bronnen.source,
        };
        let problems = content.problems();
        if problems.is_empty() {
            Ok(content)
        } else {
            Err(ContentError(problems))
        }
    }

    pub fn situation(&self, id: &str) -> Option<&Situation> {
        self.situations.iter().find(|s| s.id == id)
    }

    pub fn audience(&self, id: &str) -> Option<&Audience> {
        self.audiences.iter().find(|a| a.id == id)
    }

    pub fn reason(&self, id: &str) -> Option<&Reason> {
        self.reasons.iter().find(|r| r.id == id)
    }

    /// The reasons on one side, in data order.
    pub fn reasons_on(&self, side: Side) -> impl Iterator<Item = &Reason> {
        self.reasons.iter().filter(move |r| r.side == side)
    }

    pub fn right(&self, id: &str) -> Option<&Right> {
        self.rights.iter().find(|r| r.id == id)
    }

    /// The rights shown for a situation, in data order.
    pub fn rights_for(&self, situation: &str) -> Vec<&Right> {
        self.rights
            .iter()
            .filter(|r| r.situations.iter().any(|s| s == situation))
            .collect()
    }

    pub fn group(&self, id: &str) -> Option<&OptionGroup> {
        self.groups.iter().find(|g| g.id == id)
    }

    pub fn option(&self, id: &str) -> Option<&DisclosureOption> {
        self.options.iter().find(|o| o.id == id)
    }

    /// The options of a group that apply in a situation (`None`: all), in data order.
    pub fn options_for(&self, group: &str, situation: Option<&str>) -> Vec<&DisclosureOption> {
        self.options
            .iter()
            .filter(|o| o.group == group && o.applies_to(situation))
            .collect()
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The sources behind a list of ids, skipping unknown ids (there are none in valid content).
    pub fn sources_of<'a>(&'a self, ids: &'a [String]) -> impl Iterator<Item = &'a Source> + 'a {
        ids.iter().filter_map(|id| self.source(id))
    }

    /// Whether a claim rests only on sources nobody here read in the source itself: the app then
    /// marks the claim itself, not only its sources.
    pub fn rests_on_unverified(&self, ids: &[String]) -> bool {
        !ids.is_empty() && self.sources_of(ids).all(|s| !s.verified)
    }

    /// The sentences for hard moments that fit a situation, in data order.
    pub fn phrases_for(&self, situation: Option<&str>) -> Vec<&Phrase> {
        self.script
            .phrases
            .iter()
            .filter(|p| p.applies_to(situation))
            .collect()
    }

    pub fn weight_label(&self, weight: Weight) -> Option<&WeightLabel> {
        self.weights.iter().find(|w| w.id == weight)
    }

    pub fn script_part(&self, id: &str) -> Option<&ScriptPart> {
        self.script.parts.iter().find(|p| p.id == id)
    }

    /// The stories for a situation first, then the others.
    pub fn stories_for(&self, situation: Option<&str>) -> Vec<&Story> {
        let mut list: Vec<&Story> = self.stories.iter().collect();
        if let Some(s) = situation {
            list.sort_by_key(|story| story.situation != s);
        }
        list
    }

    /// Every problem in the content; empty when it is valid.
    pub fn problems(&self) -> Vec<String> {
        let mut c = Checker::new(self);
        c.run();
        c.problems
    }
}

/// The shipped files as the program has them now: `None` while the app has not loaded the
/// disclosure aid's data (see `crate::data`).
pub fn shipped() -> Option<RawFiles<'static>> {
    RawFiles::from_fn(|naam| crate::data::bestand(naam).ok_or(())).ok()
}

impl<'a> RawFiles<'a> {
    /// The files by their data path (`disclosure/hulp`, …), from `get`; its first error if any.
    pub fn from_fn<E>(get: impl Fn(&str) -> Result<&'a str, E>) -> Result<RawFiles<'a>, E> {
        Ok(RawFiles {
            hulp: get("disclosure/hulp")?,
            bronnen: get("disclosure/bronnen")?,
            redenen: get("disclosure/redenen")?,
            rechten: get("disclosure/rechten")?,
            mogelijkheden: get("disclosure/mogelijkheden")?,
            bericht: get("disclosure/bericht")?,
            verhalen: get("disclosure/verhalen")?,
        })
    }
}

/// The validated shipped content, parsed once it is there. An error (never a panic, never an
/// empty aid) while the app has not loaded the disclosure aid's data, or when the data do not
/// pass [`Content::parse`]; the app then shows its data error with "Probeer het opnieuw". Only
/// a success is remembered, so data that arrive later are used.
pub fn content() -> Result<&'static Content, ContentError> {
    static CELL: OnceLock<Content> = OnceLock::new();
    if let Some(c) = CELL.get() {
        return Ok(c);
    }
    let files = shipped().ok_or_else(|| ContentError(vec!["nog niet geladen".to_string()]))?;
    let content = Content::parse(files)?;
    Ok(CELL.get_or_init(|| content))
}

struct Checker<'a> {
    content: &'a Content,
    source_ids: HashSet<&'a str>,
    reason_ids: HashSet<&'a str>,
    situation_ids: HashSet<&'a str>,
    audience_ids: HashSet<&'a str>,
    group_ids: HashSet<&'a str>,
    problems: Vec<String>,
}

impl<'a> Checker<'a> {
    fn new(content: &'a Content) -> Self {
        Checker {
            content,
            source_ids: content.sources.iter().map(|s| s.id.as_str()).collect(),
            reason_ids: content.reasons.iter().map(|r| r.id.as_str()).collect(),
            situation_ids: content.situations.iter().map(|s| s.id.as_str()).collect(),
            audience_ids: content.audiences.iter().map(|a| a.id.as_str()).collect(),
            group_ids: content.groups.iter().map(|g| g.id.as_str()).collect(),
            problems: Vec::new(),
        }
    }

    fn problem(&mut self, msg: String) {
        self.problems.push(msg);
    }

    fn text(&mut self, at: &str, text: &Tekst) {
        if !text.is_compleet() {
            self.problem(format!("{at}: tekst zonder Nederlands of Engels"));
        }
    }

    fn unique<'b>(&mut self, what: &str, ids: impl Iterator<Item = &'b str>) {
        let mut seen = HashSet::new();
        for id in ids {
            if id.trim().is_empty() {
                self.problem(format!("{what}: leeg id"));
            } else if !seen.insert(id) {
                self.problem(format!("{what} '{id}' staat er twee keer in"));
            }
        }
    }

    fn cites(&mut self, at: &str, sources: &[String]) {
        if sources.is_empty() {
            self.problem(format!("{at}: geen bron"));
        }
        for id in sources {
            if !self.source_ids.contains(id.as_str()) {
                self.problem(format!("{at}: onbekende bron '{id}'"));
            }
        }
    }

    fn glossary(&mut self, at: &str, id: &Option<String>) {
        if let Some(id) = id {
            if crate::glossary::begrip(id).is_none() {
                self.problem(format!("{at}: onbekend begrip '{id}'"));
            }
        }
    }

    fn situations(&mut self, at: &str, list: &[String]) {
        for s in list {
            if !self.situation_ids.contains(s.as_str()) {
                self.problem(format!("{at}: onbekende situatie '{s}'"));
            }
        }
    }

    fn run(&mut self) {
        self.check_sources();
        self.check_frame();
        self.check_reasons();
        self.check_rights();
        self.check_options();
        self.check_script();
        self.check_stories();
    }

    fn check_sources(&mut self) {
        let c = self.content;
        self.unique("bron", c.sources.iter().map(|s| s.id.as_str()));
        for s in &c.sources {
            let at = format!("bron '{}'", s.id);
            if s.title.trim().is_empty() {
                self.problem(format!("{at}: geen titel"));
            }
            if !is_datum(&s.checked) {
                self.problem(format!("{at}: datum '{}' is geen JJJJ-MM-DD", s.checked));
            }
            let is_address =
                |u: &Option<String>| u.as_deref().is_some_and(|u| u.starts_with("https://"));
            let has_quote = s.citaat.as_deref().is_some_and(|q| !q.trim().is_empty());
            let has_note = s.note.as_deref().is_some_and(|n| !n.trim().is_empty());
            match s.kind {
                SourceKind::Seed => {
                    let form_ok = s
                        .citation
                        .as_deref()
                        .is_some_and(|c| crate::citaat::lees_seed_verwijzing(c).is_some());
                    if !form_ok {
                        self.problem(format!("{at}: citaat moet 'bestand.txt:regel-regel' zijn"));
                    }
                    if !has_quote {
                        self.problem(format!("{at}: seed-bron zonder citaat (de woorden zelf)"));
                    }
                }
                SourceKind::Law
                | SourceKind::Official
                | SourceKind::Research
                | SourceKind::Secondary => {
                    if s.verified && !has_quote {
                        self.problem(format!("{at}: nagelezen bron zonder citaat"));
                    }
                    if s.verified && !is_address(&s.url) && !is_address(&s.via) {
                        self.problem(format!("{at}: nagelezen bron zonder adres (url of via)"));
                    }
                }
                SourceKind::Reference => {
                    if s.verified {
                        self.problem(format!("{at}: een referentie is niet zelf nagelezen"));
                    }
                }
            }
            if !s.verified && !has_note {
                self.problem(format!(
                    "{at}: niet nagelezen bron zonder toelichting (note)"
                ));
            }
        }
    }

    fn check_frame(&mut self) {
        let c = self.content;
        let m = &c.meta;
        for (name, t) in [
            ("title", &m.title),
            ("subtitle", &m.subtitle),
            ("update_policy", &m.update_policy),
            ("funding", &m.funding),
            ("interests", &m.interests),
            ("privacy", &m.privacy),
            ("developed", &m.developed),
            ("evidence", &m.evidence),
            ("experiences", &m.experiences),
            ("not_advice", &m.not_advice),
        ] {
            self.text(&format!("meta.{name}"), t);
        }
        if !is_datum(&m.production_date) {
            self.problem("meta.production_date is geen JJJJ-MM-DD".to_string());
        }
        self.cites("meta.developed", &m.developed_sources);
        self.cites("meta.evidence", &m.evidence_sources);
        self.cites("meta.experiences", &m.experiences_sources);
        let st = &c.statements;
        for (name, t) in [
            ("choice_is_yours", &st.choice_is_yours),
            ("not_telling_ok", &st.not_telling_ok),
            ("can_change", &st.can_change),
            ("no_verdict", &st.no_verdict),
            ("option_links", &st.option_links),
            ("composite", &st.composite),
        ] {
            self.text(&format!("statements.{name}"), t);
        }

        self.unique("situatie", c.situations.iter().map(|s| s.id.as_str()));
        for s in &c.situations {
            let at = format!("situatie '{}'", s.id);
            self.text(&at, &s.label);
            self.text(&at, &s.hint);
            if let Some(n) = &s.let_op {
                self.text(&at, &n.text);
                self.cites(&at, &n.sources);
            }
        }
        self.unique("doelgroep", c.audiences.iter().map(|a| a.id.as_str()));
        for a in &c.audiences {
            let at = format!("doelgroep '{}'", a.id);
            self.text(&at, &a.label);
            self.text(&at, &a.hint);
            self.glossary(&at, &a.glossary);
        }

        for w in [Weight::Important, Weight::Somewhat, Weight::NotForMe] {
            let found: Vec<&WeightLabel> = c.weights.iter().filter(|l| l.id == w).collect();
            match found.as_slice() {
                [one] => {
                    if one.value != w.value() {
                        self.problem(format!(
                            "gewicht '{}': waarde moet {} zijn",
                            w.id(),
                            w.value()
                        ));
                    }
                    self.text(&format!("gewicht '{}'", w.id()), &one.label);
                }
                _ => self.problem(format!(
                    "gewicht '{}' moet er precies één keer zijn",
                    w.id()
                )),
            }
        }

        let sure = &c.sure;
        for (name, t) in [
            ("intro", &sure.intro),
            ("score_label", &sure.score_label),
            ("no_doubt", &sure.no_doubt),
            ("some_doubt", &sure.some_doubt),
            ("incomplete", &sure.incomplete),
            ("change_better", &sure.change_better),
            ("change_same", &sure.change_same),
            ("change_worse", &sure.change_worse),
        ] {
            self.text(&format!("sure.{name}"), t);
        }
        if !sure.score_label.nl.contains("{score}") || !sure.score_label.en.contains("{score}") {
            self.problem("sure.score_label mist {score}".to_string());
        }
        self.cites("sure", &sure.sources);
        let ids: Vec<&str> = sure.items.iter().map(|i| i.id.as_str()).collect();
        if ids != SURE_ITEMS {
            self.problem(format!(
                "sure: vragen moeten {SURE_ITEMS:?} zijn, niet {ids:?}"
            ));
        }
        for i in &sure.items {
            self.text(&format!("sure '{}'", i.id), &i.question);
            self.text(&format!("sure '{}'", i.id), &i.if_no);
        }

        self.unique("volgende stap", c.next_steps.iter().map(|n| n.id.as_str()));
        for n in &c.next_steps {
            let at = format!("volgende stap '{}'", n.id);
            self.text(&at, &n.label);
            self.text(&at, &n.text);
            self.cites(&at, &n.sources);
            self.glossary(&at, &n.glossary);
            if n.route.as_deref().is_some_and(|r| !r.starts_with("#/")) {
                self.problem(format!("{at}: route moet met #/ beginnen"));
            }
        }
    }

    fn check_reasons(&mut self) {
        let c = self.content;
        self.unique("reden", c.reasons.iter().map(|r| r.id.as_str()));
        for r in &c.reasons {
            let at = format!("reden '{}'", r.id);
            self.text(&at, &r.text);
            self.text(&at, &r.explain);
            self.cites(&at, &r.sources);
        }
        for side in [Side::For, Side::Against] {
            let n = c.reasons_on(side).count();
            if n < MIN_REASONS_PER_SIDE {
                self.problem(format!(
                    "maar {n} redenen '{}', minstens {MIN_REASONS_PER_SIDE}",
                    side.id()
                ));
            }
        }
    }

    fn check_rights(&mut self) {
        let c = self.content;
        self.unique("recht", c.rights.iter().map(|r| r.id.as_str()));
        for r in &c.rights {
            let at = format!("recht '{}'", r.id);
            self.text(&at, &r.title);
            self.text(&at, &r.text);
            if let Some(caveat) = &r.caveat {
                self.text(&at, caveat);
            }
            if !is_datum(&r.checked) {
                self.problem(format!("{at}: datum '{}' is geen JJJJ-MM-DD", r.checked));
            }
            if r.situations.is_empty() {
                self.problem(format!("{at}: geen situatie"));
            }
            self.situations(&at, &r.situations);
            self.cites(&at, &r.sources);
            // A right rests on the law or an official page, not only on a study or a seed.
            let official = r.sources.iter().any(|id| {
                c.source(id)
                    .is_some_and(|s| matches!(s.kind, SourceKind::Law | SourceKind::Official))
            });
            if !official {
                self.problem(format!("{at}: geen wet of officiële bron"));
            }
            if c.rests_on_unverified(&r.sources) {
                self.problem(format!("{at}: rust alleen op niet-nagelezen bronnen"));
            }
            self.glossary(&at, &r.glossary);
        }
        for s in &c.situations {
            if c.rights_for(&s.id).is_empty() {
                self.problem(format!("situatie '{}' heeft geen rechten", s.id));
            }
        }
    }

    fn check_options(&mut self) {
        let c = self.content;
        self.unique("groep", c.groups.iter().map(|g| g.id.as_str()));
        let group_ids: Vec<&str> = c.groups.iter().map(|g| g.id.as_str()).collect();
        if group_ids != GROUPS {
            self.problem(format!(
                "groepen moeten {GROUPS:?} zijn, niet {group_ids:?}"
            ));
        }
        for g in &c.groups {
            self.text(&format!("groep '{}'", g.id), &g.title);
            self.text(&format!("groep '{}'", g.id), &g.question);
        }
        self.unique("mogelijkheid", c.options.iter().map(|o| o.id.as_str()));
        let mut linked: HashSet<&str> = HashSet::new();
        for o in &c.options {
            let at = format!("mogelijkheid '{}'", o.id);
            if !self.group_ids.contains(o.group.as_str()) {
                self.problem(format!("{at}: onbekende groep '{}'", o.group));
            }
            self.situations(&at, &o.situations);
            match (&o.audience, o.group == "aan_wie") {
                (Some(a), true) => {
                    if !self.audience_ids.contains(a.as_str()) {
                        self.problem(format!("{at}: onbekende doelgroep '{a}'"));
                    }
                }
                (None, true) => self.problem(format!("{at}: 'aan wie' zonder doelgroep")),
                (Some(_), false) => self.problem(format!("{at}: doelgroep buiten 'aan wie'")),
                (None, false) => {}
            }
            self.text(&at, &o.label);
            self.text(&at, &o.text);
            for n in &o.notes {
                self.text(&at, &n.text);
                self.cites(&at, &n.sources);
                self.situations(&at, &n.situations);
                if n.situations.is_empty() {
                    self.problem(format!("{at}: let_op zonder situatie"));
                }
            }
            if o.zwijgen
                && o.applies_to(Some(SICK_LEAVE))
                && o.notes_for(Some(SICK_LEAVE)).next().is_none()
            {
                self.problem(format!(
                    "{at}: zwijgen bij ziekteverzuim zonder de plichten (let_op)"
                ));
            }
            if o.pros.is_empty() || o.cons.is_empty() {
                self.problem(format!("{at}: moet voordelen én nadelen hebben"));
            }
            let mut pro_reasons = HashSet::new();
            let mut con_reasons = HashSet::new();
            for (kind, points, set) in [
                ("voordeel", &o.pros, &mut pro_reasons),
                ("nadeel", &o.cons, &mut con_reasons),
            ] {
                for (i, p) in points.iter().enumerate() {
                    let pat = format!("{at} {kind} {}", i + 1);
                    self.text(&pat, &p.text);
                    self.cites(&pat, &p.sources);
                    if p.reasons.is_empty() {
                        self.problem(format!("{pat}: geen redenen"));
                    }
                    for r in &p.reasons {
                        if self.reason_ids.contains(r.as_str()) {
                            linked.insert(r.as_str());
                            set.insert(r.as_str());
                        } else {
                            self.problem(format!("{pat}: onbekende reden '{r}'"));
                        }
                    }
                }
            }
            let mut both: Vec<&&str> = pro_reasons.intersection(&con_reasons).collect();
            both.sort();
            for r in both {
                self.problem(format!("{at}: reden '{r}' staat bij voordeel én nadeel"));
            }
        }
        for r in &c.reasons {
            if !linked.contains(r.id.as_str()) {
                self.problem(format!(
                    "reden '{}' hoort bij geen enkele mogelijkheid",
                    r.id
                ));
            }
        }
        for a in &c.audiences {
            if !c
                .options
                .iter()
                .any(|o| o.audience.as_deref() == Some(&a.id))
            {
                self.problem(format!(
                    "doelgroep '{}' heeft geen mogelijkheid 'aan wie'",
                    a.id
                ));
            }
        }
        for s in &c.situations {
            for g in &c.groups {
                if c.options_for(&g.id, Some(&s.id)).len() < 2 {
                    self.problem(format!(
                        "groep '{}' heeft minder dan 2 mogelijkheden bij '{}'",
                        g.id, s.id
                    ));
                }
            }
        }
    }

    fn check_script(&mut self) {
        let c = self.content;
        let s = &c.script;
        self.text("script.intro", &s.intro);
        self.text("script.preview_title", &s.preview_title);
        self.text("script.empty_preview", &s.empty_preview);
        self.cites("script", &s.sources);
        for t in s.opening.iter().chain(&s.closing) {
            self.text("script opening/closing", t);
        }
        self.text("script.phrases_title", &s.phrases_title);
        self.text("script.phrases_intro", &s.phrases_intro);
        self.unique("zin", s.phrases.iter().map(|p| p.id.as_str()));
        for p in &s.phrases {
            let at = format!("zin '{}'", p.id);
            self.text(&at, &p.when);
            self.text(&at, &p.text);
            self.cites(&at, &p.sources);
            if p.situations.is_empty() {
                self.problem(format!("{at}: geen situatie"));
            }
            self.situations(&at, &p.situations);
        }
        let ids: Vec<&str> = s.parts.iter().map(|p| p.id.as_str()).collect();
        if ids != SCRIPT_PARTS {
            self.problem(format!(
                "script: delen moeten {SCRIPT_PARTS:?} zijn, niet {ids:?}"
            ));
        }
        for p in &s.parts {
            let at = format!("script '{}'", p.id);
            self.text(&at, &p.title);
            self.text(&at, &p.prompt);
            self.text(&at, &p.help);
            if p.examples.is_empty() {
                self.problem(format!("{at}: geen voorbeeldzinnen"));
            }
            for e in &p.examples {
                self.text(&at, e);
            }
            for o in &p.when {
                if c.option(o).is_none() {
                    self.problem(format!("{at}: onbekende mogelijkheid '{o}' bij 'when'"));
                }
            }
        }
    }

    fn check_stories(&mut self) {
        let c = self.content;
        self.unique("verhaal", c.stories.iter().map(|s| s.id.as_str()));
        for s in &c.stories {
            let at = format!("verhaal '{}'", s.id);
            if !s.composite {
                self.problem(format!("{at}: moet een samengesteld verhaal zijn"));
            }
            self.situations(&at, std::slice::from_ref(&s.situation));
            self.text(&at, &s.choice);
            self.text(&at, &s.title);
            self.text(&at, &s.text);
            self.cites(&at, &s.sources);
        }
    }
}
