//! Embedding on other websites: the checks on theme values from the address, and the snippet a
//! site owner copies.

/// A colour as six hex digits without '#': "0b4f8a".
pub fn is_hex_colour(s: &str) -> bool {
    s.len() == 6 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// A text size in percent, accepted from 80 to 150.
pub fn font_percent(s: &str) -> Option<u32> {
    s.trim()
        .trim_end_matches('%')
        .parse::<u32>()
        .ok()
        .filter(|p| (80..=150).contains(p))
}

/// The HTML a site owner pastes to embed one tool. `base` is the app's address without query or
/// hash, e.g. "https://example.org/werkkeuze/".
pub fn snippet(base: &str, route: &str, title: &str) -> String {
    let base = if base.ends_with('/') {
        base.to_string()
    } else {
        format!("{base}/")
    };
    format!(
        "<iframe src=\"{base}?embed=1#{route}\" title=\"{title}\" data-werkkeuze\n        \
         style=\"width:100%;border:0;min-height:480px\" loading=\"lazy\"></iframe>\n\
         <script src=\"{base}static/embed.js\" defer></script>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn theme_values_are_checked() {
        assert!(is_hex_colour("0b4f8A"));
        assert!(!is_hex_colour("#0b4f8a"));
        assert!(!is_hex_colour("red"));
        assert!(!is_hex_colour("0b4f8a;x"));
        assert_eq!(font_percent("120"), Some(120));
        assert_eq!(font_percent("120%"), Some(120));
        assert_eq!(font_percent("300"), None);
        assert_eq!(font_percent("groot"), None);
    }

    #[test]
    fn snippet_points_at_embed_mode_and_the_resize_script() {
        let s = snippet("https://example.org/wk", "/rekenhulp", "Rekenhulp");
        assert!(s.contains("src=\"https://example.org/wk/?embed=1#/rekenhulp\""));
        assert!(s.contains("https://example.org/wk/static/embed.js"));
        assert!(s.contains("title=\"Rekenhulp\""));
    }
}
