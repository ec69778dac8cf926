//! The person's answers for each tool, held once at the top of the app so they survive moving
//! between pages (and, later, saving and sharing). Memory only: nothing is stored on the device
//! unless the person asks.
//!
//! Each tool reads and writes its own state through a hook: `use_vertellen()` gives the
//! disclosure aid's reducer handle; `dispatch` an action to change it.

use std::rc::Rc;
use werkkeuze_core::tools::vertellen;
use werkkeuze_core::tools::Tool;
use yew::prelude::*;

/// A tool's state from core ([`Tool`]) as a Yew reducer: `dispatch(action)` applies the action to
/// the newest state, so a callback made once stays right forever (and a field whose value did not
/// change is not drawn again while the person types in another).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ToolState<T>(pub T);

impl<T: Tool> Reducible for ToolState<T> {
    type Action = T::Action;

    fn reduce(self: Rc<Self>, action: T::Action) -> Rc<Self> {
        let mut state = Rc::unwrap_or_clone(self);
        state.0.apply(action);
        Rc::new(state)
    }
}

impl<T> std::ops::Deref for ToolState<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// The disclosure aid's answers.
pub type VertellenHandle = UseReducerHandle<ToolState<vertellen::State>>;

#[hook]
pub fn use_vertellen() -> VertellenHandle {
    use_context::<VertellenHandle>().expect("App provides the Vertellen state")
}

/// The matcher's answers and the options chosen for its comparison (Option Grid).
pub type BegeleidingHandle = UseReducerHandle<ToolState<werkkeuze_core::tools::begeleiding::State>>;

#[hook]
pub fn use_begeleiding() -> BegeleidingHandle {
    use_context::<BegeleidingHandle>().expect("App provides the Begeleiding state")
}

/// The income calculator's situations and mode, changed by dispatching its actions
/// (`werkkeuze_core::tools::rekenhulp::Action`).
pub type RekenhulpHandle =
    UseReducerHandle<ToolState<werkkeuze_core::tools::rekenhulp::RekenhulpState>>;

#[hook]
pub fn use_rekenhulp() -> RekenhulpHandle {
    use_context::<RekenhulpHandle>().expect("App provides the Rekenhulp state")
}

/// Replaces a tool's answers as a whole (opening a session, "Alles wissen"), however the app
/// holds them: through the tool's reducer, or as answers only carried in a build without the tool
/// (see `crate::app`).
pub trait Vervang<T> {
    fn vervang(&self, nieuw: T);
}

impl Vervang<vertellen::State> for VertellenHandle {
    fn vervang(&self, nieuw: vertellen::State) {
        self.dispatch(vertellen::Action::Vervang(Box::new(nieuw)));
    }
}

impl Vervang<werkkeuze_core::tools::rekenhulp::RekenhulpState> for RekenhulpHandle {
    fn vervang(&self, nieuw: werkkeuze_core::tools::rekenhulp::RekenhulpState) {
        self.dispatch(werkkeuze_core::tools::rekenhulp::Action::Vervang(nieuw));
    }
}

impl Vervang<werkkeuze_core::tools::begeleiding::State> for BegeleidingHandle {
    fn vervang(&self, nieuw: werkkeuze_core::tools::begeleiding::State) {
        self.dispatch(werkkeuze_core::tools::begeleiding::Action::Vervang(nieuw));
    }
}

impl<T: PartialEq> Vervang<T> for UseStateHandle<ToolState<T>> {
    fn vervang(&self, nieuw: T) {
        self.set(ToolState(nieuw));
    }
}
