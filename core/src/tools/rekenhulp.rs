//! The Rekenhulp without a screen: state, actions, view model.
