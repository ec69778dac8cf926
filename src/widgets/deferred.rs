//! Parts of a screen that may follow a keystroke by one frame.
//!
//! On a slow phone, redrawing a whole calculator screen on every keystroke takes longer than a
//! display frame. [`use_deferred`] lets the part a person is looking at (the answer and its
//! breakdown) update at once, and the rest (the curve, the timeline) right after the browser
//! has painted: the same idea as React's `useDeferredValue`. Typing quickly only redraws those
//! parts once, for the latest value.

use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// Returns `value` as it was at the previous render until the next frame has been painted, then
/// re-renders with the new one. The first render gets `value` itself.
#[hook]
pub fn use_deferred<T: Clone + PartialEq + 'static>(value: T) -> T {
    let shown = use_state_eq(|| value.clone());
    // Only the newest value may land: an older one still waiting is dropped.
    let generation = use_mut_ref(|| 0u64);
    {
        let shown = shown.clone();
        use_effect_with(value, move |v| {
            let mine = generation.borrow().wrapping_add(1);
            *generation.borrow_mut() = mine;
            let v = v.clone();
            after_paint(move || {
                if *generation.borrow() == mine {
                    shown.set(v);
                }
            });
        });
    }
    (*shown).clone()
}

/// Runs `f` in a task after the next frame (requestAnimationFrame, then a zero timeout), so the
/// frame is painted first. Without a window (tests outside a browser) it runs at once.
fn after_paint(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        f();
        return;
    };
    let task = Closure::once_into_js(f);
    let frame = Closure::once_into_js(move || {
        if let Some(w) = web_sys::window() {
            let _ =
                w.set_timeout_with_callback_and_timeout_and_arguments_0(task.unchecked_ref(), 0);
        }
    });
    // A hidden tab paints no frames: the value lands when the tab is shown again.
    if window
        .request_animation_frame(frame.unchecked_ref())
        .is_err()
    {
        let _ =
            window.set_timeout_with_callback_and_timeout_and_arguments_0(frame.unchecked_ref(), 0);
    }
}
