package io.forecourt.territory.solver;

/** "Small changes only": at most this many accounts may change territory (a problem fact, absent when free). */
public record MoveLimit(int max) {
}
