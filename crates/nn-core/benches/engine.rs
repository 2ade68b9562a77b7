//! Native benchmarks of the engine: one epoch and one 100×100 grid pass, at the
//! default configuration and at the heavy one (spiral, all 7 features, 6×8 tanh), and
//! what the statistics add to the loss pass.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use nn_core::stats::{Collector, Tracker};
use nn_core::train::{evaluate, evaluate_collecting, InputTable};
use nn_core::{hash, Grid, Session};

const DEFAULT: &str = "seed=bench";
/// Ours: a 5-class spiral through 6×8 tanh, cross-entropy, Adam.
const MULTI: &str = "seed=bench&problem=multiclass&classes=5&multiDataset=spiral&networkShape=8,8,8,8,8,8&activation=tanh&loss=crossentropy&optimizer=adam&learningRate=0.003&batchSize=10";
const HEAVY: &str = "seed=bench&dataset=spiral&networkShape=8,8,8,8,8,8&activation=tanh&batchSize=10&x=true&y=true&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true";

fn session(h: &str) -> Session {
    Session::new(hash::parse(h).config, || {
        unreachable!("the hashes carry a seed")
    })
}

fn epochs(c: &mut Criterion) {
    for (name, h) in [("default", DEFAULT), ("heavy", HEAVY), ("multi", MULTI)] {
        let mut s = session(h);
        c.bench_function(&format!("epoch/{name}"), |b| b.iter(|| s.step()));
    }
}

fn grids(c: &mut Criterion) {
    for (name, h) in [("default", DEFAULT), ("heavy", HEAVY), ("multi", MULTI)] {
        let s = session(h);
        let mut grid = Grid::new(100);
        c.bench_function(&format!("grid100/{name}"), |b| {
            b.iter(|| {
                s.compute_grid(&mut grid);
                black_box(grid.output()[0])
            })
        });
    }
}

/// What the statistics add to an epoch: the pass over the training points that computes
/// the training loss, without and with the statistics' counts and record.
fn statistics(c: &mut Criterion) {
    let mut s = session(HEAVY);
    s.step_many(20);
    let inputs = InputTable::new(s.train_points(), s.features());
    let mut net = s.network().clone();
    c.bench_function("loss_pass/heavy", |b| {
        b.iter(|| evaluate(&mut net, s.train_points(), &inputs).loss)
    });
    let (mut counts, mut tracker) = (Collector::default(), Tracker::default());
    tracker.restart(&net, 0);
    c.bench_function("loss_pass_stats/heavy", |b| {
        b.iter(|| {
            let m = evaluate_collecting(&mut net, s.train_points(), &inputs, &mut counts);
            black_box(tracker.record(&mut net, 1, &counts));
            m.loss
        })
    });
}

criterion_group!(benches, epochs, grids, statistics);
criterion_main!(benches);
