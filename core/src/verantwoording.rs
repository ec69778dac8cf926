//! "Hoe wij dit maken": what the app tells about how each tool's content is made and kept up to
//! date (IPDAS: production date, update policy, funding, interests, sources). The page in the app
//! only lays out what this module gathers from the tools' own data.

use crate::disclosure::{self, SourceKind};
use crate::Tekst;

/// The accountability of one tool, from its own data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verantwoording {
    /// The date the content was made or last checked as a whole (YYYY-MM-DD).
    pub datum: String,
    pub bijwerken: Tekst,
    pub financiering: Tekst,
    pub belangen: Tekst,
    /// How many sources the tool cites, and how many of them nobody here read in the source
    /// itself (each of those is marked in the tool).
    pub bronnen: usize,
    pub niet_nagelezen: usize,
    /// Of the sources, how many are lines in the project's source documents (each with its
    /// quote, checked by a test).
    pub seed_citaten: usize,
}

/// "Vertellen of verzwijgen?": from `data/disclosure/hulp.toml` and `bronnen.toml`. `None` while
/// the app has not loaded the disclosure aid's data.
pub fn vertellen() -> Option<Verantwoording> {
    // Only ever asked for once the bundle is in; a broken one the tool itself reports.
    let c = disclosure::content().ok()?;
    let m = &c.meta;
    Some(Verantwoording {
        datum: m.production_date.clone(),
        bijwerken: m.update_policy.clone(),
        financiering: m.funding.clone(),
        belangen: m.interests.clone(),
        bronnen: c.sources.len(),
        niet_nagelezen: c.sources.iter().filter(|s| !s.verified).count(),
        seed_citaten: c
            .sources
            .iter()
            .filter(|s| s.kind == SourceKind::Seed)
            .count(),
    })
}

/// "Welke begeleiding past bij mij?": from the `[meta]` of `data/matcher/catalogus.toml` and the
/// sources of its catalogue and rules (each counted once). `None` while the app has not loaded
/// the matcher's data.
pub fn begeleiding() -> Option<Verantwoording> {
    use crate::matcher::{catalogus, regels};
    crate::data::bestand("matcher/catalogus")?;
    crate::data::bestand("matcher/regels")?;
    let c = catalogus::catalogus();
    let m = &c.meta;
    if m.production_date.is_empty() {
        return None;
    }
    let tekst = |t: &crate::matcher::Tekst| Tekst {
        nl: t.nl.clone(),
        en: t.en.clone(),
    };
    let mut bronnen: Vec<&catalogus::Bron> = c
        .opties
        .iter()
        .flat_map(|o| o.alle_bronnen())
        .chain(c.terugval.iter().map(|t| &t.bron))
        .chain(
            regels::regels()
                .regels
                .iter()
                .filter_map(|r| r.bron.as_ref()),
        )
        .collect();
    bronnen.sort_by(|a, b| a.bron.cmp(&b.bron));
    bronnen.dedup_by(|a, b| a.bron == b.bron);
    Some(Verantwoording {
        datum: m.production_date.clone(),
        bijwerken: tekst(&m.update_policy),
        financiering: tekst(&m.funding),
        belangen: tekst(&m.interests),
        bronnen: bronnen.len(),
        niet_nagelezen: bronnen.iter().filter(|b| b.ongeverifieerd).count(),
        seed_citaten: bronnen.iter().filter(|b| b.is_seed()).count(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_disclosure_aid_accounts_for_itself_from_its_own_data() {
        let v = vertellen().expect("embedded natively");
        let c = disclosure::content().unwrap();
        assert_eq!(v.datum, c.meta.production_date);
        assert_eq!(v.bijwerken, c.meta.update_policy);
        assert!(v.bronnen > 50);
        assert!(v.niet_nagelezen > 0 && v.niet_nagelezen < v.bronnen);
        assert!(v.seed_citaten >= 25);
    }

    #[test]
    fn the_matcher_accounts_for_itself_from_its_own_data() {
        let v = begeleiding().expect("embedded natively");
        let m = &crate::matcher::catalogus::catalogus().meta;
        assert_eq!(v.datum, m.production_date);
        assert_eq!(v.bijwerken.nl, m.update_policy.nl);
        assert_eq!(v.financiering.en, m.funding.en);
        assert!(v.bronnen > 20, "{}", v.bronnen);
        assert!(v.niet_nagelezen <= v.bronnen);
    }
}
