//! Property tests of the URL codec: no input makes it panic, and what it writes it
//! reads back unchanged.

use nn_core::config::{MAX_LAYERS, MAX_NEURONS};
use nn_core::data::Problem;
use nn_core::{
    hash, Activation, Config, Dataset, Init, Loss, OptimizerKind, PageSettings, Regularization,
    Session,
};
use proptest::prelude::*;

/// Strings that look like hashes: known keys, odd values, separators, unicode.
fn hashlike() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("activation".to_string()),
        Just("networkShape".to_string()),
        Just("batchSize".to_string()),
        Just("noise".to_string()),
        Just("seed".to_string()),
        Just("learningRate".to_string()),
        Just("percTrainData".to_string()),
        Just("x_hide".to_string()),
        Just("problem".to_string()),
        Just("speed".to_string()),
        Just("lang".to_string()),
        Just("classes".to_string()),
        Just("loss".to_string()),
        Just("optimizer".to_string()),
        Just("momentum".to_string()),
        Just("init".to_string()),
        Just("layerActivations".to_string()),
        Just("multiDataset".to_string()),
        "[a-zA-Z_]{0,12}",
    ];
    let value = prop_oneof![
        "[0-9.,eE+-]{0,12}",
        "\\PC{0,16}",
        Just("NaN".to_string()),
        Just("1e400".to_string()),
        Just("-0".to_string()),
        Just(",,,".to_string()),
        Just("multiclass".to_string()),
        Just("relu,,gelu".to_string()),
        Just("adam".to_string()),
    ];
    prop::collection::vec((key, value, any::<bool>()), 0..12).prop_map(|pairs| {
        let parts: Vec<String> = pairs
            .into_iter()
            .map(|(k, v, eq)| {
                if eq {
                    format!("{k}={v}")
                } else {
                    format!("{k}{v}")
                }
            })
            .collect();
        format!("#{}", parts.join("&"))
    })
}

/// Our own settings on top of an original configuration.
fn general_strategy() -> impl Strategy<Value = Config> {
    (
        config_strategy(),
        prop::sample::select(Problem::ALL.to_vec()),
        2usize..=5,
        prop::sample::select(Dataset::MULTICLASS.to_vec()),
        prop::sample::select(Loss::ALL.to_vec()),
        prop::sample::select(OptimizerKind::ALL.to_vec()),
        prop::sample::select(vec![0.0, 0.5, 0.9, 0.99]),
        prop::sample::select(Init::ALL.to_vec()),
        prop::collection::vec(
            prop::option::of(prop::sample::select(Activation::ALL.to_vec())),
            0..=6,
        ),
    )
        .prop_map(
            |(mut c, problem, classes, md, loss, opt, mu, init, mut acts)| {
                c.problem = problem;
                c.classes = classes;
                c.multi_dataset = md;
                c.loss = loss;
                c.optimizer = opt;
                c.momentum = mu;
                c.init = init;
                acts.truncate(c.network_shape.len());
                while acts.last() == Some(&None) {
                    acts.pop();
                }
                c.layer_activations = acts;
                c
            },
        )
}

fn config_strategy() -> impl Strategy<Value = Config> {
    (
        prop::sample::select(Activation::ALL.to_vec()),
        prop::sample::select(Regularization::ALL.to_vec()),
        1usize..=30,
        prop::sample::select(Dataset::CLASSIFICATION.to_vec()),
        prop::sample::select(Dataset::REGRESSION.to_vec()),
        prop::sample::select(vec![
            0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0,
        ]),
        prop::sample::select(vec![
            0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0,
        ]),
        (0u32..=10).prop_map(|n| f64::from(n * 5)),
        prop::collection::vec(1usize..=8, 0..=6),
        "[a-z0-9.]{1,10}",
        (
            any::<[bool; 7]>(),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
        ),
        (1u32..=9).prop_map(|n| f64::from(n * 10)),
    )
        .prop_map(
            |(
                act,
                reg,
                batch,
                ds,
                rds,
                lr,
                rr,
                noise,
                shape,
                seed,
                (features, show, disc, zero),
                perc,
            )| Config {
                activation: act,
                regularization: reg,
                batch_size: batch,
                dataset: ds,
                reg_dataset: rds,
                learning_rate: lr,
                regularization_rate: rr,
                noise,
                network_shape: shape,
                seed: Some(seed),
                perc_train_data: perc,
                features,
                init_zero: zero,
                page: PageSettings {
                    show_test_data: show,
                    discretize: disc,
                    ..PageSettings::default()
                },
                ..Config::default()
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_strings_never_panic(s in "\\PC{0,200}") {
        let p = hash::parse(&s);
        // Whatever came in, what comes out is a valid configuration.
        prop_assert!(p.config.network_shape.len() <= MAX_LAYERS);
        prop_assert!(p.config.network_shape.iter().all(|&n| (1..=MAX_NEURONS).contains(&n)));
        prop_assert!(p.config.batch_size >= 1);
        prop_assert!(p.config.learning_rate.is_finite());
        let _ = hash::write(&p.config);
    }

    #[test]
    fn hashlike_strings_never_panic_and_rewrite_stably(s in hashlike()) {
        let p = hash::parse(&s);
        prop_assert!(p.config.noise >= 0.0 && p.config.noise <= 80.0);
        // Both sets keep points.
        prop_assert!(p.config.perc_train_data >= 1.0 && p.config.perc_train_data <= 99.0);
        prop_assert!((2..=5).contains(&p.config.classes));
        prop_assert!(p.config.layer_activations.len() <= p.config.network_shape.len());
        // The canonical form is a fixed point.
        let canonical = hash::write(&p.config);
        let again = hash::parse(&format!("#{canonical}"));
        prop_assert_eq!(&again.config, &p.config);
        prop_assert_eq!(hash::write(&again.config), canonical);
    }

    #[test]
    fn configs_round_trip(c in general_strategy()) {
        let text = hash::write(&c);
        let p = hash::parse(&format!("#{text}"));
        prop_assert!(p.warnings.is_empty(), "{:?}", p.warnings);
        prop_assert_eq!(p.config, c);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// Any hash, however mangled, gives a session that can train without panicking.
    #[test]
    fn any_hash_gives_a_working_session(s in hashlike()) {
        let mut session = Session::new(hash::parse(&s).config, || "p".to_string());
        session.step();
        prop_assert_eq!(session.epoch(), 1);
        prop_assert!(session.test_points().len() >= 5 && session.train_points().len() >= 5);
    }
}
