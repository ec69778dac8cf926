//! "Vertellen of verzwijgen?" without a screen: state, actions, view model.
