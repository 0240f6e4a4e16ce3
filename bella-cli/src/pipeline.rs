//! An ordered, bounded, multi-core line pipeline: one reader, N workers, one writer.
//!
//! `bella extract --jsonl` answers each input line on its own, so lines can be
//! answered on every core. [`ordered`] keeps the contract of the one-thread loop:
//!
//! - **Order.** The reader cuts the input into numbered batches of whole lines; the
//!   workers answer batches in any order; the writer (the calling thread) writes them
//!   back in number order, holding early ones in a small map.
//! - **Flat memory on unbounded input.** Both channels are bounded, so the reader
//!   blocks when the workers fall behind and the workers block when the writer does:
//!   at most about `5 × workers` batches (each at most [`BATCH_LINES`] lines or
//!   [`BATCH_BYTES`] bytes, plus one over-long line) are alive at once, whatever the
//!   input's length.
//! - **Interactive use.** A batch ends early when the reader has no more input
//!   buffered (the next read could block); such a batch is marked, and the writer
//!   flushes after writing it. A producer that writes one line and waits sees its
//!   answer at once; a bulk run keeps large batches and large writes.
//! - **Errors.** Each worker writes its per-line messages beside its output; the writer
//!   sends them to `errors` in input order, so messages stay in line order too.

use anyhow::Context as _;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};

/// Most lines in one batch.
pub const BATCH_LINES: usize = 512;
/// A batch ends once it holds this many bytes (the line that crosses it is kept).
pub const BATCH_BYTES: usize = 64 * 1024;

/// What one line's answer function writes: the output line(s) and any messages.
pub struct LineOut<'a> {
    /// Output bytes (the function writes its line and newline here).
    pub out: &'a mut Vec<u8>,
    /// Messages for the error stream (the function writes whole lines here).
    pub errors: &'a mut Vec<u8>,
}

/// Counts of a run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Lines read.
    pub lines: u64,
    /// Lines the answer function reported as failed.
    pub failed: u64,
}

/// Whole lines read from the input, numbered.
struct Batch {
    seq: u64,
    /// 1-based number of the first line.
    first_line: u64,
    data: Vec<u8>,
    /// End offset (exclusive, newline included) of each line in `data`.
    ends: Vec<usize>,
    flush: bool,
}

/// A batch's answers.
struct Done {
    seq: u64,
    out: Vec<u8>,
    errors: Vec<u8>,
    lines: u64,
    failed: u64,
    flush: bool,
}

/// Answers every line of `input` with `answer` on `workers` threads and writes the
/// answers to `output` in input order; messages go to `errors`, also in order.
///
/// `answer(line, number, sink)` gets the line without its `\n` / `\r\n`, the line's
/// 1-based number, and where to write; it returns `true` if the line failed (it is
/// counted in [`Counts::failed`]). With `workers <= 1` no thread is started.
pub fn ordered<R, W, F>(
    input: BufReader<R>,
    mut output: W,
    errors: &mut dyn Write,
    workers: usize,
    answer: F,
) -> anyhow::Result<Counts>
where
    R: Read + Send,
    W: Write,
    F: Fn(&[u8], u64, LineOut<'_>) -> bool + Sync,
{
    if workers <= 1 {
        return sequential(input, output, errors, &answer);
    }
    let depth = 2 * workers;
    let (work_tx, work_rx) = sync_channel::<Batch>(depth);
    let (done_tx, done_rx) = sync_channel::<Done>(depth);
    let work_rx = Arc::new(Mutex::new(work_rx));
    std::thread::scope(|s| {
        let reader = s.spawn(move || read_batches(input, &work_tx));
        for _ in 0..workers {
            let rx = Arc::clone(&work_rx);
            let tx = done_tx.clone();
            let answer = &answer;
            s.spawn(move || work(&rx, &tx, answer));
        }
        // Only the workers may hold the two channels' far ends: when they stop, the
        // reader's sends fail, and when they are done, the writer's loop ends.
        drop(work_rx);
        drop(done_tx);
        let written = write_in_order(&done_rx, &mut output, errors);
        // On a write error, stop the workers and the reader: dropping the receiver
        // makes every blocked send fail.
        drop(done_rx);
        let read = reader
            .join()
            .map_err(|_| anyhow::anyhow!("reader thread panicked"))?;
        let counts = written?;
        read?;
        Ok(counts)
    })
}

/// The one-thread loop: same output, no threads.
fn sequential<R: Read, W: Write>(
    mut input: BufReader<R>,
    mut output: W,
    errors: &mut dyn Write,
    answer: &(dyn Fn(&[u8], u64, LineOut<'_>) -> bool + Sync),
) -> anyhow::Result<Counts> {
    let mut counts = Counts::default();
    let mut line = Vec::with_capacity(512);
    let mut out = Vec::with_capacity(512);
    let mut err = Vec::new();
    loop {
        line.clear();
        if input
            .read_until(b'\n', &mut line)
            .context("reading input")?
            == 0
        {
            break;
        }
        counts.lines += 1;
        out.clear();
        err.clear();
        let sink = LineOut {
            out: &mut out,
            errors: &mut err,
        };
        if answer(trim_newline(&line), counts.lines, sink) {
            counts.failed += 1;
        }
        output.write_all(&out).context("writing output")?;
        if !err.is_empty() {
            errors.write_all(&err).ok();
        }
        if input.buffer().is_empty() {
            output.flush().context("writing output")?;
        }
    }
    output.flush().context("writing output")?;
    Ok(counts)
}

fn trim_newline(mut line: &[u8]) -> &[u8] {
    while let [rest @ .., b'\n' | b'\r'] = line {
        line = rest;
    }
    line
}

/// Reads whole lines into batches until end of input or until nobody listens.
fn read_batches<R: Read>(mut input: BufReader<R>, tx: &SyncSender<Batch>) -> anyhow::Result<()> {
    let mut seq = 0;
    let mut next_line = 1;
    loop {
        let mut batch = Batch {
            seq,
            first_line: next_line,
            data: Vec::with_capacity(BATCH_BYTES + 4096),
            ends: Vec::with_capacity(BATCH_LINES),
            flush: false,
        };
        let mut eof = false;
        loop {
            let n = input
                .read_until(b'\n', &mut batch.data)
                .context("reading input")?;
            if n == 0 {
                eof = true;
                break;
            }
            batch.ends.push(batch.data.len());
            if input.buffer().is_empty() {
                // The next read may block: let what we have be answered now.
                batch.flush = true;
                break;
            }
            if batch.ends.len() >= BATCH_LINES || batch.data.len() >= BATCH_BYTES {
                break;
            }
        }
        if !batch.ends.is_empty() {
            batch.flush |= eof;
            next_line += batch.ends.len() as u64;
            seq += 1;
            if tx.send(batch).is_err() {
                // The writer stopped (a write error): it reports why.
                return Ok(());
            }
        }
        if eof {
            return Ok(());
        }
    }
}

/// Answers batches until the reader is done.
fn work<F>(rx: &Mutex<Receiver<Batch>>, tx: &SyncSender<Done>, answer: &F)
where
    F: Fn(&[u8], u64, LineOut<'_>) -> bool + Sync,
{
    loop {
        // A poisoned lock means another worker panicked: stop too.
        let next = match rx.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok(batch) = next else { return };
        let mut done = Done {
            seq: batch.seq,
            out: Vec::with_capacity(batch.data.len() / 2 + 256),
            errors: Vec::new(),
            lines: batch.ends.len() as u64,
            failed: 0,
            flush: batch.flush,
        };
        let mut start = 0;
        for (k, &end) in batch.ends.iter().enumerate() {
            let line = trim_newline(&batch.data[start..end]);
            let sink = LineOut {
                out: &mut done.out,
                errors: &mut done.errors,
            };
            if answer(line, batch.first_line + k as u64, sink) {
                done.failed += 1;
            }
            start = end;
        }
        if tx.send(done).is_err() {
            return;
        }
    }
}

/// Writes answered batches in order as they arrive; returns the counts.
fn write_in_order<W: Write>(
    rx: &Receiver<Done>,
    output: &mut W,
    errors: &mut dyn Write,
) -> anyhow::Result<Counts> {
    let mut counts = Counts::default();
    let mut pending: BTreeMap<u64, Done> = BTreeMap::new();
    let mut next = 0;
    for done in rx {
        pending.insert(done.seq, done);
        while let Some(done) = pending.remove(&next) {
            output.write_all(&done.out).context("writing output")?;
            if !done.errors.is_empty() {
                errors.write_all(&done.errors).ok();
            }
            if done.flush {
                output.flush().context("writing output")?;
            }
            counts.lines += done.lines;
            counts.failed += done.failed;
            next += 1;
        }
    }
    anyhow::ensure!(
        pending.is_empty(),
        "a worker stopped before answering every line"
    );
    output.flush().context("writing output")?;
    Ok(counts)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Echoes each line with its number; lines containing "bad" fail. Uneven work per
    /// line, so batches finish out of order.
    fn echo(line: &[u8], n: u64, sink: LineOut<'_>) -> bool {
        let spin = (n * 7919) % 2000;
        let mut x = 0u64;
        for k in 0..spin {
            x = x.wrapping_add(k * k);
        }
        std::hint::black_box(x);
        writeln!(sink.out, "{n}:{}", String::from_utf8_lossy(line)).ok();
        let bad = line.windows(3).any(|w| w == b"bad");
        if bad {
            writeln!(sink.errors, "line {n} bad").ok();
        }
        bad
    }

    fn run(input: &[u8], workers: usize) -> (Vec<u8>, Vec<u8>, Counts) {
        let mut out = Vec::new();
        let mut err = Vec::new();
        let counts = ordered(
            BufReader::with_capacity(4096, input),
            &mut out,
            &mut err,
            workers,
            echo,
        )
        .expect("runs");
        (out, err, counts)
    }

    #[test]
    fn many_workers_give_the_one_thread_output_in_order() {
        let mut input = Vec::new();
        for i in 0..20_000 {
            let word = if i % 997 == 0 { "bad" } else { "ok" };
            input.extend_from_slice(format!("{i} {word} {}\n", "x".repeat(i % 300)).as_bytes());
        }
        let one = run(&input, 1);
        assert_eq!(one.2.lines, 20_000);
        assert_eq!(one.2.failed, 21);
        for workers in [2, 3, 8] {
            let many = run(&input, workers);
            assert_eq!(many.2, one.2, "{workers} workers");
            assert!(many.0 == one.0, "{workers} workers: output differs");
            assert_eq!(many.1, one.1, "{workers} workers: messages differ");
        }
        let text = String::from_utf8(one.0).expect("utf8");
        for (k, line) in text.lines().enumerate() {
            assert!(line.starts_with(&format!("{}:{k} ", k + 1)), "{line}");
        }
    }

    #[test]
    fn line_endings_and_the_last_line_without_newline() {
        for workers in [1, 2] {
            let (out, _, counts) = run(b"a\r\nb\n\nc", workers);
            assert_eq!(String::from_utf8_lossy(&out), "1:a\n2:b\n3:\n4:c\n");
            assert_eq!(counts.lines, 4);
            let (out, _, counts) = run(b"", workers);
            assert!(out.is_empty());
            assert_eq!(counts, Counts::default());
        }
    }

    #[test]
    fn a_long_line_stays_whole() {
        let long = "y".repeat(3 * BATCH_BYTES);
        let input = format!("a\n{long}\nb\n");
        let (out, _, _) = run(input.as_bytes(), 2);
        assert_eq!(
            String::from_utf8_lossy(&out),
            format!("1:a\n2:{long}\n3:b\n")
        );
    }

    /// An output that fails after some bytes: the run stops with an error instead of
    /// hanging, with every thread joined.
    struct Broken(usize);
    impl Write for Broken {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.0 < buf.len() {
                return Err(std::io::Error::other("pipe closed"));
            }
            self.0 -= buf.len();
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_broken_output_stops_the_run() {
        let input = "line\n".repeat(200_000);
        let mut err = Vec::new();
        let got = ordered(
            BufReader::new(input.as_bytes()),
            Broken(10_000),
            &mut err,
            2,
            echo,
        );
        assert!(got.is_err());
    }

    /// An input that never ends: memory stays bounded because the reader blocks.
    /// The writer stops after a while (a broken output), which ends the run.
    struct Endless;
    impl Read for Endless {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            for (k, b) in buf.iter_mut().enumerate() {
                *b = if k % 40 == 39 { b'\n' } else { b'a' };
            }
            Ok(buf.len() - buf.len() % 40)
        }
    }

    #[test]
    fn endless_input_is_bounded_by_the_channels() {
        let mut err = Vec::new();
        let got = ordered(
            BufReader::new(Endless),
            Broken(5_000_000),
            &mut err,
            2,
            |line: &[u8], _: u64, sink: LineOut<'_>| {
                sink.out.extend_from_slice(line);
                sink.out.push(b'\n');
                false
            },
        );
        assert!(got.is_err(), "an endless run ends only by its output");
    }
}
