package io.forecourt.quote;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An approver's answer on a pending quote; a rejection needs a comment. */
public record Decision(@Size(max = 1000) String comment, @NotNull Integer version) {
}
