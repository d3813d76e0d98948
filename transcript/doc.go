// Package transcript is Runaround's domain model and wire format: what one
// support interaction (a call, a chat, a social post) is, how it travels over
// Kafka as JSON (wire format v1, see docs/wire-format.md), and a seeded
// generator of realistic interactions with ground-truth labels.
//
// Decoding is strict where a wrong value would corrupt analysts' numbers (a
// missing id, an unknown channel, a start time that is not a time) and lenient
// where the producer merely knows more than we do: unknown fields are kept,
// verbatim, in Interaction.Extra and stored in a raw JSON column.
//
// Every decode error is permanent (*DecodeError): the same bytes will never
// decode, so the pipeline sends them to the dead-letter topic instead of
// retrying.
package transcript
