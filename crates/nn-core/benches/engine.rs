//! Native benchmarks of the engine: one epoch and one 100×100 grid pass, at the
//! default configuration and at the heavy one (spiral, all 7 features, 6×8 tanh).

use criterion::{black_box, criterion_group, criterion_main, Criterion};
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

criterion_group!(benches, epochs, grids);
criterion_main!(benches);
