//! "Welke begeleiding past bij mij?" without a screen: state, actions, view model.
