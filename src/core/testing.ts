/** Test and benchmark helpers (`@onrecord/core/testing`), kept out of the public index the app imports. */
export { adversarialParagraph } from './adversarial';
