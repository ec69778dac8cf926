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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_round_trips_through_its_path() {
        for route in [
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
        ] {
            assert_eq!(Route::recognize(&route.to_path()), Some(route.clone()));
        }
        assert_eq!(Route::Rekenhulp.to_path(), "/rekenhulp");
        assert_eq!(Route::recognize("/bestaat-niet"), Some(Route::NotFound));
    }
}
