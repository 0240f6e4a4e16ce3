//! The SPEC's labelled development time cases (`testdata/time_dev.jsonl`, the `time`
//! lines of `shared/eval/dev/extract.jsonl`): at least 97 % right, failures listed.

mod time_common;

#[test]
fn dev_time_cases_at_least_97_percent() {
    let out = time_common::run(include_str!("../testdata/time_dev.jsonl"));
    assert!(out.total >= 150, "dev file lost cases: {}", out.total);
    for f in &out.failures {
        eprintln!("{f}");
    }
    eprintln!("time dev: {}/{} = {:.1}%", out.ok, out.total, out.percent());
    assert!(
        out.percent() >= 97.0,
        "{} failures:\n{}",
        out.failures.len(),
        out.failures.join("\n")
    );
}
