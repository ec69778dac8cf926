//! `rekenhulp`: the income engine on the command line. Output is JSON on stdout, amounts in
//! euros as numbers. Bad input: exit status 2 and one short line in Dutch on stderr naming the
//! field; a bad value is quoted at most 40 characters long. `--taal en` writes the texts of a
//! scenario or curve (and its input errors) in English. The amounts are those valid on `--datum`
//! (a rule) or on the scenario's `peildatum`; without either, the current month.
//!
//! ```text
//! rekenhulp regel zorgtoeslag --jaar 2026 --toetsingsinkomen 19000 [--partner]
//! rekenhulp regel huurtoeslag --jaar 2026 --huur 700 --inkomen 25000 --personen 1 [--leeftijd 35]
//! rekenhulp regel kindgebonden-budget --jaar 2026 --inkomen 45000 [--partner] --kind 8 --kind 10
//! rekenhulp regel heffingskortingen --jaar 2026 --inkomen 30000 --arbeidsinkomen 30000
//! rekenhulp regel wajong --jaar 2026 --inkomen 1000 [--loonwaarde 0.8] [--zonder-arbeidsvermogen]
//! rekenhulp regel wga --jaar 2026 --maandloon 3000 --rvc 1500 --inkomen 800 [--loongerelateerd [--lgu-maand N]] [--leeftijd 45]
//! rekenhulp scenario FILE.json|- [--taal nl|en] [--datum JJJJ-MM-DD]
//! rekenhulp curve FILE.json|- [--taal nl|en] [--datum JJJJ-MM-DD]
//! rekenhulp maanden FILE.json|- [--taal nl|en] [--datum JJJJ-MM-DD]
//! ```

use std::io::{Read, Write};
use std::process::ExitCode;
use werkkeuze_core::income::{
    self, heffingskortingen, huurtoeslag, kindgebonden_budget, wajong, wga, ww, zorgtoeslag,
    InvoerFout, Lees, Taal, Waarden,
};
use werkkeuze_core::money::{parse_decimal, parse_euros, Cents};
use werkkeuze_core::opdrachtregel::{deze_maand, een_regel, kort};

const GEBRUIK: &str = "Gebruik:
  rekenhulp regel zorgtoeslag --jaar 2026 --toetsingsinkomen 19000 [--partner]
  rekenhulp regel huurtoeslag --jaar 2026 --huur 700 --inkomen 25000 --personen 1 [--leeftijd 35]
  rekenhulp regel kindgebonden-budget --jaar 2026 --inkomen 45000 [--partner] --kind 8 --kind 10
  rekenhulp regel heffingskortingen --jaar 2026 --inkomen 30000 --arbeidsinkomen 30000
  rekenhulp regel wajong --jaar 2026 --inkomen 1000 [--loonwaarde 0.8] [--zonder-arbeidsvermogen] [--leeftijd 25]
  rekenhulp regel wga --jaar 2026 --maandloon 3000 --rvc 1500 --inkomen 800 [--loongerelateerd [--lgu-maand 1]] [--leeftijd 45]
  rekenhulp scenario BESTAND.json   (of - voor stdin)
  rekenhulp curve BESTAND.json      (of - voor stdin)
  rekenhulp maanden BESTAND.json    (of - voor stdin): een jaar per maand, wanneer het geld
                                    komt, terugbetalen en als het niet lukt
  Met --taal en staan de teksten van scenario, curve en maanden in het Engels.
  Bedragen gelden op --datum JJJJ-MM-DD (of 1 januari van --jaar, of de peildatum van het
  scenario); zonder datum de huidige maand.
Bedragen in euro's (19000, 19.000 of 1.234,56); uitvoer is JSON. Zie docs/rekenhulp.md.";

fn fout(veld: &str, melding: impl Into<String>) -> InvoerFout {
    InvoerFout::new(veld, melding)
}

/// Parsed `--naam waarde` options and `--vlag` flags.
struct Opties {
    paren: Vec<(String, String)>,
    vlaggen: Vec<String>,
    gebruikt: Vec<String>,
}

const VLAGGEN: &[&str] = &["partner", "zonder-arbeidsvermogen", "loongerelateerd"];

impl Opties {
    fn lees(args: &[String]) -> Result<Opties, InvoerFout> {
        let mut paren = Vec::new();
        let mut vlaggen = Vec::new();
        let mut i = 0;
        while i < args.len() {
            let a = &args[i];
            let Some(naam) = a.strip_prefix("--") else {
                return Err(fout(
                    "argument",
                    format!("onverwacht argument '{}'; opties beginnen met --", kort(a)),
                ));
            };
            if VLAGGEN.contains(&naam) {
                vlaggen.push(naam.to_string());
                i += 1;
                continue;
            }
            let Some(waarde) = args.get(i + 1) else {
                return Err(fout(&kort(naam), "na deze optie hoort een waarde"));
            };
            paren.push((naam.to_string(), waarde.clone()));
            i += 2;
        }
        Ok(Opties {
            paren,
            vlaggen,
            gebruikt: Vec::new(),
        })
    }

    fn alle(&mut self, naam: &str) -> Vec<String> {
        self.gebruikt.push(naam.to_string());
        self.paren
            .iter()
            .filter(|(n, _)| n == naam)
            .map(|(_, w)| w.clone())
            .collect()
    }

    fn een(&mut self, naam: &str) -> Result<Option<String>, InvoerFout> {
        let mut v = self.alle(naam);
        match v.len() {
            0 => Ok(None),
            1 => Ok(v.pop()),
            _ => Err(fout(naam, "deze optie mag maar één keer voorkomen")),
        }
    }

    fn bedrag(&mut self, naam: &str) -> Result<Option<Cents>, InvoerFout> {
        match self.een(naam)? {
            None => Ok(None),
            Some(t) => {
                let c = parse_euros(&t).map_err(|e| fout(naam, e.to_string()))?;
                if c > Cents::euros(10_000_000) {
                    return Err(fout(naam, "dit bedrag is onwaarschijnlijk hoog"));
                }
                Ok(Some(c))
            }
        }
    }

    fn bedrag_verplicht(&mut self, naam: &str) -> Result<Cents, InvoerFout> {
        self.bedrag(naam)?
            .ok_or_else(|| fout(naam, "deze optie is verplicht"))
    }

    fn geheel(&mut self, naam: &str, min: i64, max: i64) -> Result<Option<i64>, InvoerFout> {
        match self.een(naam)? {
            None => Ok(None),
            Some(t) => {
                let v = parse_decimal(&t, 0).map_err(|e| fout(naam, e.to_string()))?;
                if !(min..=max).contains(&v) {
                    return Err(fout(
                        naam,
                        format!("kies een getal van {min} tot en met {max}"),
                    ));
                }
                Ok(Some(v))
            }
        }
    }

    fn vlag(&mut self, naam: &str) -> bool {
        self.gebruikt.push(naam.to_string());
        self.vlaggen.iter().any(|v| v == naam)
    }

    /// Refuses options this rule does not know.
    fn klaar(&self) -> Result<(), InvoerFout> {
        for (n, _) in &self.paren {
            if !self.gebruikt.contains(n) {
                return Err(fout(&kort(n), "onbekende optie voor deze regel"));
            }
        }
        for v in &self.vlaggen {
            if !self.gebruikt.contains(v) {
                return Err(fout(&kort(v), "onbekende optie voor deze regel"));
            }
        }
        Ok(())
    }

    /// The amounts of `--datum`, else of 1 January of `--jaar`, else of the current month, with
    /// that date and the index of its set of amounts.
    fn waarden(&mut self) -> Result<(String, usize, &'static Waarden), InvoerFout> {
        let jaar = self.geheel("jaar", 1900, 2200)?;
        let datum = match (self.een("datum")?, jaar) {
            (Some(d), None) => d,
            (Some(_), Some(_)) => {
                return Err(fout("datum", "gebruik --datum of --jaar, niet allebei"))
            }
            (None, Some(j)) => format!("{j}-01-01"),
            (None, None) => deze_maand(),
        };
        let p = income::parameters(2026).map_err(|e| fout("parameters", e))?;
        let gevonden = p.waarden_op(&datum).zip(p.periode_van(&datum));
        gevonden.map(|(w, i)| (datum.clone(), i, w)).ok_or_else(|| {
            let veld = if jaar.is_some() { "jaar" } else { "datum" };
            fout(
                veld,
                format!(
                    "geen bedragen voor '{}'; kies een datum van {} tot en met {} (JJJJ-MM-DD)",
                    kort(&datum),
                    p.eerste_datum(),
                    p.laatste_datum()
                ),
            )
        })
    }
}

fn euro(c: Cents) -> serde_json::Value {
    if c.0 % 100 == 0 {
        serde_json::Value::from(c.0 / 100)
    } else {
        serde_json::Value::from(c.as_euro_f64())
    }
}

fn regel(naam: &str, args: &[String]) -> Result<serde_json::Value, InvoerFout> {
    let mut o = Opties::lees(args)?;
    let (datum, periode, waarden) = o.waarden()?;
    let w = &Lees::new(waarden);
    let mut uit = match naam {
        "zorgtoeslag" => {
            let ti = o.bedrag_verplicht("toetsingsinkomen")?;
            let partner = o.vlag("partner");
            let t = zorgtoeslag::zorgtoeslag(w, ti, partner, None);
            serde_json::json!({"per_jaar": euro(t.per_jaar), "per_maand": euro(t.per_maand)})
        }
        "huurtoeslag" => {
            let huur = o.bedrag_verplicht("huur")?;
            if huur > Cents::euros(10_000) {
                return Err(fout("huur", "deze huur is onwaarschijnlijk hoog"));
            }
            let inkomen = o.bedrag_verplicht("inkomen")?;
            let personen = o
                .geheel("personen", 1, 20)?
                .ok_or_else(|| fout("personen", "deze optie is verplicht"))?;
            let leeftijd = o.geheel("leeftijd", 18, 120)?.unwrap_or(21);
            let partner = o.vlag("partner");
            let t = huurtoeslag::huurtoeslag(
                w,
                &huurtoeslag::Huishouden {
                    kale_huur: huur,
                    personen: personen as u32,
                    jonger_dan_21: leeftijd < w.ht_leeftijd_jong() && personen == 1,
                    inkomen,
                    vermogen: None,
                    partner,
                },
            );
            serde_json::json!({"per_maand": euro(t.per_maand)})
        }
        "kindgebonden-budget" => {
            let inkomen = o.bedrag_verplicht("inkomen")?;
            let partner = o.vlag("partner");
            let mut kinderen = Vec::new();
            for k in o.alle("kind") {
                let v = parse_decimal(&k, 0).map_err(|e| fout("kind", e.to_string()))?;
                if !(0..=17).contains(&v) {
                    return Err(fout("kind", "de leeftijd van een kind is 0 tot en met 17"));
                }
                kinderen.push(v);
            }
            if kinderen.len() > 20 {
                return Err(fout("kind", "meer dan 20 kinderen is niet aannemelijk"));
            }
            let t = kindgebonden_budget::kindgebonden_budget(w, &kinderen, partner, inkomen);
            serde_json::json!({"per_jaar": euro(t.per_jaar), "per_maand": euro(t.per_maand)})
        }
        "heffingskortingen" => {
            let inkomen = o.bedrag_verplicht("inkomen")?;
            let ai = o.bedrag("arbeidsinkomen")?.unwrap_or(inkomen);
            serde_json::json!({
                "algemene_heffingskorting": euro(heffingskortingen::algemene_heffingskorting(w, inkomen)),
                "arbeidskorting": euro(heffingskortingen::arbeidskorting(w, ai)),
            })
        }
        "wajong" => {
            let inkomen = o.bedrag_verplicht("inkomen")?;
            let zonder = o.vlag("zonder-arbeidsvermogen");
            let leeftijd = o.geheel("leeftijd", 18, 66)?.unwrap_or(21);
            let lw = match o.een("loonwaarde")? {
                None => None,
                Some(t) => {
                    let v = parse_decimal(&t, 4).map_err(|e| fout("loonwaarde", e.to_string()))?;
                    if v == 0 || v > 10_000 {
                        return Err(fout(
                            "loonwaarde",
                            "de loonwaarde is groter dan 0 en hoogstens 1, bijvoorbeeld 0.8",
                        ));
                    }
                    if zonder {
                        return Err(fout(
                            "loonwaarde",
                            "loondispensatie geldt alleen met arbeidsvermogen",
                        ));
                    }
                    Some(v * 100)
                }
            };
            let basis = wajong::grondslag(w, leeftijd).times_ppm(wajong::percentage(w, !zonder).0);
            let u = wajong::wajong(w, basis, !zonder, lw, inkomen);
            serde_json::json!({"uitkering_per_maand": euro(u)})
        }
        "wga" => {
            let maandloon = o.bedrag_verplicht("maandloon")?;
            let rvc = o.bedrag_verplicht("rvc")?;
            let inkomen = o.bedrag_verplicht("inkomen")?;
            if maandloon == Cents::ZERO {
                return Err(fout("maandloon", "het maandloon moet groter dan 0 zijn"));
            }
            if rvc > maandloon {
                return Err(fout("rvc", "de restverdiencapaciteit kan niet hoger zijn dan het maandloon"));
            }
            if wga::vervolg_percentage(w, wga::ao_ppm(maandloon, rvc)).is_none() {
                return Err(fout(
                    "rvc",
                    format!(
                        "minder dan {} arbeidsongeschikt: geen WGA-uitkering",
                        income::uitleg::pct(w.wga_klasse_35(), Taal::Nl)
                    ),
                ));
            }
            let leeftijd = o.geheel("leeftijd", 18, 66)?.unwrap_or(30);
            let lgu = o.vlag("loongerelateerd");
            let maand = o.geheel("lgu-maand", 1, 600)?;
            if maand.is_some() && !lgu {
                return Err(fout("lgu-maand", "alleen samen met --loongerelateerd"));
            }
            let pct = lgu.then(|| ww::percentage(w, maand.unwrap_or(3)));
            let (soort, u) = wga::wga(w, leeftijd, maandloon, rvc, inkomen, pct);
            serde_json::json!({"soort": soort.naam(), "uitkering_per_maand": euro(u)})
        }
        other => {
            return Err(fout(
                "regel",
                format!("onbekende regel '{}'; kies zorgtoeslag, huurtoeslag, kindgebonden-budget, heffingskortingen, wajong of wga", kort(other)),
            ))
        }
    };
    o.klaar()?;
    // Which date's amounts the rule used, and which of them are out of date on that date: the
    // same statement as a scenario's (never silently an older period).
    let p = income::parameters(2026).map_err(|e| fout("parameters", e))?;
    let ids: Vec<&str> = w.gelezen().ids().collect();
    let b = income::bedragen_voor(p, periode, &datum, &[(naam, ids)], Taal::Nl);
    if let (Some(o), Ok(b)) = (uit.as_object_mut(), serde_json::to_value(b)) {
        o.insert("bedragen".into(), b);
    }
    Ok(uit)
}

fn lees_bestand(pad: &str) -> Result<String, InvoerFout> {
    let mut tekst = String::new();
    let r = if pad == "-" {
        std::io::stdin().read_to_string(&mut tekst).map(|_| ())
    } else {
        std::fs::File::open(pad).and_then(|mut f| f.read_to_string(&mut tekst).map(|_| ()))
    };
    r.map_err(|e| fout("bestand", format!("kan '{}' niet lezen ({e})", kort(pad))))?;
    Ok(tekst)
}

/// The options of `scenario`, `curve` and `maanden`: `--taal`, `--datum` and one file.
fn bestand_taal_datum(
    op: &str,
    args: &[String],
) -> Result<(Taal, Option<String>, String), InvoerFout> {
    let mut rest: Vec<&String> = args.iter().collect();
    let mut taal = Taal::Nl;
    if let Some(i) = rest.iter().position(|a| *a == "--taal") {
        let code = rest.get(i + 1).map(|c| c.as_str()).unwrap_or("");
        taal = Taal::uit_code(code).ok_or_else(|| {
            fout(
                "taal",
                format!("onbekende taal '{}'; kies nl of en", kort(code)),
            )
        })?;
        rest.drain(i..(i + 2).min(rest.len()));
    }
    let mut datum = None;
    if let Some(i) = rest.iter().position(|a| *a == "--datum") {
        let Some(d) = rest.get(i + 1) else {
            return Err(fout("datum", "na --datum hoort een datum JJJJ-MM-DD"));
        };
        datum = Some(d.to_string());
        rest.drain(i..i + 2);
    }
    let [pad] = rest.as_slice() else {
        return Err(fout(op, "geef één bestand (of - voor stdin)"));
    };
    Ok((taal, datum, pad.to_string()))
}

/// `rekenhulp maanden`: the month view (a year month by month, when money arrives, paying back,
/// the way back) of a scenario with its months (`docs/rekenhulp.md`, "Money over time").
fn maanden(
    tekst: &str,
    taal: Taal,
    datum: Option<String>,
) -> Result<serde_json::Value, InvoerFout> {
    let mut v = income::verloop::lees_verloop(tekst)?;
    if v.scenario.peildatum.is_none() {
        v.scenario.peildatum = datum.or_else(|| v.scenario.jaar.is_none().then(deze_maand));
    }
    let p = income::parameters(2026).map_err(|e| fout("parameters", e))?;
    serde_json::to_value(income::verloop::bereken_verloop_in(&v, p, taal)?).map_err(|e| {
        fout(
            "maanden",
            format!("kan de uitkomst niet als JSON schrijven ({e})"),
        )
    })
}

fn voer_uit(args: &[String]) -> Result<serde_json::Value, InvoerFout> {
    match args.first().map(String::as_str) {
        Some("regel") => {
            let Some(naam) = args.get(1) else {
                return Err(fout(
                    "regel",
                    "geef de naam van een regel, bijvoorbeeld zorgtoeslag",
                ));
            };
            regel(naam, &args[2..])
        }
        Some(op @ ("scenario" | "curve" | "maanden")) => {
            let (taal, datum, pad) = bestand_taal_datum(op, &args[1..])?;
            let tekst = lees_bestand(&pad)?;
            if op == "maanden" {
                return maanden(&tekst, taal, datum);
            }
            let mut s = income::lees_scenario(&tekst)?;
            // The first month of work: the scenario's own, else --datum, else this month.
            if s.peildatum.is_none() {
                s.peildatum = datum.or_else(|| s.jaar.is_none().then(deze_maand));
            }
            let p = income::parameters(2026).map_err(|e| fout("parameters", e))?;
            let json = if op == "scenario" {
                serde_json::to_value(income::bereken_in(&s, p, taal)?)
            } else {
                serde_json::to_value(income::curve_in(&s, p, taal)?)
            };
            json.map_err(|e| fout(op, format!("kan de uitkomst niet als JSON schrijven ({e})")))
        }
        Some(other) => Err(fout(
            "opdracht",
            format!(
                "onbekende opdracht '{}'; kies regel, scenario, curve of maanden",
                kort(other)
            ),
        )),
        None => Err(fout(
            "opdracht",
            "geef een opdracht: regel, scenario, curve of maanden",
        )),
    }
}

fn main() -> ExitCode {
    // args_os: `std::env::args` would panic on an argument that is not valid Unicode.
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    if args.iter().any(|a| a == "--help" || a == "-h") || args.first().is_some_and(|a| a == "help")
    {
        // Never panic, not even on a closed pipe: write and ignore errors.
        let _ = writeln!(std::io::stdout().lock(), "{GEBRUIK}");
        return ExitCode::SUCCESS;
    }
    match voer_uit(&args) {
        Ok(json) => {
            let tekst = serde_json::to_string_pretty(&json).unwrap_or_else(|_| "null".into());
            let mut out = std::io::stdout().lock();
            if writeln!(out, "{tekst}").is_err() {
                return ExitCode::from(1);
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            let engels = args.windows(2).any(|w| w[0] == "--taal" && w[1] == "en");
            let fout_in = if engels { "Error in" } else { "Fout in" };
            let regel = een_regel(&format!("{fout_in} {}: {}", kort(&e.veld), e.melding));
            let _ = writeln!(std::io::stderr().lock(), "{regel}");
            ExitCode::from(2)
        }
    }
}
