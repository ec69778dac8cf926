//! The routes. Hash routes (`#/rekenhulp`) work on any static host and inside an embed, with no
//! server rewrites.

use yew_router::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/vertellen")]
    Vertellen,
    #[at("/rekenhulp")]
    Rekenhulp,
    #[at("/begeleiding")]
    Begeleiding,
    #[at("/privacy")]
    Privacy,
    #[at("/insluiten")]
    Insluiten,
    #[at("/begrippen")]
    Begrippen,
    /// Save, open, share, remember and clear the session.
    #[at("/bewaren")]
    Bewaren,
    /// "Mijn plan": one printable handout from every tool.
    #[at("/mijn-plan")]
    Plan,
    /// "Hoe wij dit maken": who writes the content, sources, checks, updates, reporting errors.
    #[at("/hoe-wij-dit-maken")]
    HoeWijMaken,
    /// A shared link: the session sits in the address after `#`, never sent to a server.
    #[at("/openen/:data")]
    Openen { data: String },
    #[not_found]
    #[at("/niet-gevonden")]
    NotFound,
}

impl Route {
    /// The three tools, in the order the home page shows them.
    pub const TOOLS: [Route; 3] = [Route::Vertellen, Route::Rekenhulp, Route::Begeleiding];

    /// The build this page asks for (README "Builds"): the start build for the home page and the
    /// pages about the app, a tool's own build for that tool (the service worker answers with the
    /// full app when it did not keep that build), the full app for the rest. The script at the
    /// top of index.html makes this choice before any of the app is there; a test below holds the
    /// two the same, and `crate::app::switch` holds the pages of each build.
    pub fn bouw(&self) -> &'static str {
        match self {
            Route::Home | Route::Privacy | Route::Insluiten | Route::Begrippen => "pkg-start",
            Route::Vertellen => "pkg-vertellen",
            Route::Rekenhulp => "pkg-rekenhulp",
            Route::Begeleiding => "pkg-begeleiding",
            Route::Bewaren
            | Route::Plan
            | Route::HoeWijMaken
            | Route::Openen { .. }
            | Route::NotFound => "pkg",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_route() -> Vec<Route> {
        vec![
            Route::Home,
            Route::Vertellen,
            Route::Rekenhulp,
            Route::Begeleiding,
            Route::Privacy,
            Route::Insluiten,
            Route::Begrippen,
            Route::Bewaren,
            Route::Plan,
            Route::HoeWijMaken,
            Route::Openen {
                data: "s1.abc-_".into(),
            },
            Route::NotFound,
        ]
    }

    /// The alternatives of the first regular expression after `before` in index.html's build
    /// choice, written as `/^(a|b|c)$/`.
    fn alternatives(html: &str, before: &str) -> Vec<String> {
        let at = html.find(before).expect(before);
        let rest = &html[at..];
        let open = rest.find("/^(").expect("/^(") + 3;
        let close = rest[open..].find(")$/").expect(")$/") + open;
        rest[open..close].split('|').map(str::to_string).collect()
    }

    #[test]
    fn index_html_picks_the_build_route_bouw_names() {
        let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"))
            .expect("index.html");
        let start = alternatives(&html, "var build =");
        let tools = alternatives(&html, "'pkg-start'");
        for route in every_route() {
            // The first part of the path after '#/', as index.html reads it.
            let path = route.to_path();
            let page: String = path
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '-')
                .collect();
            let picked = if start.contains(&page) {
                "pkg-start".to_string()
            } else if tools.contains(&page) {
                format!("pkg-{page}")
            } else {
                "pkg".to_string()
            };
            assert_eq!(picked, route.bouw(), "{route:?} ({path})");
        }
        // The tools' builds are the ones scripts/lib.sh makes, and boot.js knows.
        let lib = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/lib.sh"))
            .expect("scripts/lib.sh");
        let boot = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/boot.js"))
            .expect("static/boot.js");
        for route in every_route() {
            assert!(lib.contains(&format!("\"{}|", route.bouw())), "{route:?}");
            assert!(boot.contains(&format!("'{}'", route.bouw())), "{route:?}");
        }
    }

    #[test]
    fn every_route_round_trips_through_its_path() {
        for route in every_route().into_iter().filter(|r| *r != Route::NotFound) {
            assert_eq!(Route::recognize(&route.to_path()), Some(route.clone()));
        }
        assert_eq!(Route::Rekenhulp.to_path(), "/rekenhulp");
        assert_eq!(Route::recognize("/bestaat-niet"), Some(Route::NotFound));
    }
}
