//! Charts as inline SVG (no script, no library): grouped bars over days, horizontal
//! bars for a mix, and a meter. Each chart has a text alternative (`role="img"` with
//! an `aria-label`, and the numbers in a table under `<details>`).

use maud::{Markup, html};

/// Colours of the series, in order (readable on white, distinct in greyscale).
const COLOURS: [&str; 4] = ["#2563eb", "#16a34a", "#d97706", "#9333ea"];

/// A named series of values, one per label.
#[derive(Clone, Debug)]
pub struct Series {
    /// Legend text.
    pub name: String,
    /// One value per label.
    pub values: Vec<f64>,
}

fn fmt(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.2}")
    }
}

/// Grouped vertical bars: one group per label, one bar per series.
pub fn bars(title: &str, labels: &[String], series: &[Series]) -> Markup {
    let (w, h, left, bottom) = (640.0_f64, 220.0_f64, 36.0_f64, 28.0_f64);
    let max = series
        .iter()
        .flat_map(|s| s.values.iter().copied())
        .fold(0.0_f64, f64::max)
        .max(1.0);
    let n = labels.len().max(1) as f64;
    let group = (w - left) / n;
    let bar = (group * 0.8 / series.len().max(1) as f64).max(1.0);
    let plot = h - bottom - 8.0;
    let summary = series
        .iter()
        .map(|s| format!("{}: {}", s.name, fmt(s.values.iter().sum())))
        .collect::<Vec<_>>()
        .join(", ");
    html! {
        figure.chart {
            figcaption { (title) }
            svg viewBox=(format!("0 0 {w} {h}")) role="img" aria-label=(format!("{title}. Totals: {summary}")) {
                line x1=(left) y1=(8) x2=(left) y2=(h - bottom) stroke="#999" {}
                line x1=(left) y1=(h - bottom) x2=(w) y2=(h - bottom) stroke="#999" {}
                text x=(left - 4.0) y=(14) text-anchor="end" font-size="11" { (fmt(max)) }
                text x=(left - 4.0) y=(h - bottom) text-anchor="end" font-size="11" { "0" }
                @for (i, label) in labels.iter().enumerate() {
                    @let x0 = left + group * i as f64 + group * 0.1;
                    @for (k, s) in series.iter().enumerate() {
                        @let v = s.values.get(i).copied().unwrap_or(0.0);
                        @let bh = plot * v / max;
                        rect x=(format!("{:.1}", x0 + bar * k as f64)) y=(format!("{:.1}", h - bottom - bh))
                            width=(format!("{:.1}", bar - 1.0)) height=(format!("{bh:.1}")) fill=(COLOURS[k % COLOURS.len()]) {
                            title { (s.name) " " (label) ": " (fmt(v)) }
                        }
                    }
                    @if labels.len() <= 16 || i % 2 == 0 {
                        text x=(format!("{:.1}", x0 + group * 0.4)) y=(h - 10.0) text-anchor="middle" font-size="11" { (label) }
                    }
                }
            }
            (legend(series.iter().map(|s| s.name.as_str())))
            (table(labels, series))
        }
    }
}

fn legend<'a>(names: impl Iterator<Item = &'a str>) -> Markup {
    html! {
        ul.legend {
            @for (k, name) in names.enumerate() {
                li { span.swatch style=(format!("background:{}", COLOURS[k % COLOURS.len()])) {} (name) }
            }
        }
    }
}

fn table(labels: &[String], series: &[Series]) -> Markup {
    html! {
        details {
            summary { "Numbers" }
            table {
                thead { tr { th {} @for s in series { th { (s.name) } } } }
                tbody {
                    @for (i, l) in labels.iter().enumerate() {
                        tr { th { (l) } @for s in series { td { (fmt(s.values.get(i).copied().unwrap_or(0.0))) } } }
                    }
                }
            }
        }
    }
}

/// Horizontal bars: one per item, longest first as given.
pub fn hbars(title: &str, items: &[(String, f64)], unit: &str) -> Markup {
    let max = items
        .iter()
        .map(|(_, v)| *v)
        .fold(0.0_f64, f64::max)
        .max(1.0);
    let row = 24.0_f64;
    let h = row * items.len().max(1) as f64;
    html! {
        figure.chart {
            figcaption { (title) }
            @if items.is_empty() {
                p.empty { "No data yet." }
            } @else {
                svg viewBox=(format!("0 0 640 {h}")) role="img"
                    aria-label=(format!("{title}: {}", items.iter().map(|(k, v)| format!("{k} {}{unit}", fmt(*v))).collect::<Vec<_>>().join(", "))) {
                    @for (i, (label, v)) in items.iter().enumerate() {
                        @let y = row * i as f64;
                        text x="0" y=(format!("{:.1}", y + 16.0)) font-size="12" { (label) }
                        rect x="180" y=(format!("{:.1}", y + 4.0)) width=(format!("{:.1}", 400.0 * v / max)) height="16"
                            fill=(COLOURS[i % COLOURS.len()]) { title { (label) ": " (fmt(*v)) (unit) } }
                        text x=(format!("{:.1}", 186.0 + 400.0 * v / max)) y=(format!("{:.1}", y + 16.0)) font-size="12" { (fmt(*v)) (unit) }
                    }
                }
            }
        }
    }
}

/// A meter: `value` of `limit` (no limit: the value alone).
pub fn meter(title: &str, value: f64, limit: Option<f64>, unit: &str) -> Markup {
    let share = limit
        .filter(|l| *l > 0.0)
        .map(|l| (value / l).clamp(0.0, 1.0));
    html! {
        figure.chart {
            figcaption { (title) }
            p.big { (unit) (format!("{value:.2}")) @if let Some(l) = limit { " of " (unit) (format!("{l:.2}")) } }
            @if let Some(s) = share {
                svg viewBox="0 0 640 24" role="img" aria-label=(format!("{title}: {:.0}% of the budget", s * 100.0)) {
                    rect x="0" y="4" width="640" height="16" fill="#e5e7eb" {}
                    rect x="0" y="4" width=(format!("{:.1}", 640.0 * s)) height="16"
                        fill=(if s > 0.9 { "#dc2626" } else { COLOURS[0] }) {}
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_value_and_keep_a_text_alternative() {
        let labels = vec!["Mon".to_owned(), "Tue".to_owned()];
        let s = vec![
            Series {
                name: "Calls".into(),
                values: vec![4.0, 2.0],
            },
            Series {
                name: "Bookings".into(),
                values: vec![1.0, 0.0],
            },
        ];
        let svg = bars("Per day", &labels, &s).into_string();
        assert_eq!(svg.matches("<rect").count(), 4);
        assert!(svg.contains("Calls: 6, Bookings: 1"), "{svg}");
        // The largest bar fills the plot (220 - 28 - 8 = 184 px).
        assert!(svg.contains(r#"height="184.0""#), "{svg}");
        assert!(svg.contains("<details>"));
    }

    #[test]
    fn empty_mixes_say_so_and_meters_clamp() {
        assert!(hbars("Mix", &[], "").into_string().contains("No data yet"));
        let m = meter("Spend", 12.0, Some(10.0), "$").into_string();
        assert!(m.contains("100% of the budget"), "{m}");
        assert!(m.contains("#dc2626"));
    }
}
