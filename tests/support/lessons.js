// The built-in lessons' names in the course's order (nn_core::config::LESSONS): the
// `lesson=` values, and the order of the course notes' sections.
export const LESSON_NAMES = [
  'linear-collapse',
  'activations',
  'vanishing-gradients',
  'dead-relu',
  'l1-l2',
  'batch-size',
  'overfitting',
  'luck',
];
