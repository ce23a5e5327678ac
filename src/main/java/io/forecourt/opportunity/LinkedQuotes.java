package io.forecourt.opportunity;

import java.util.List;

/**
 * The quotes linked to an opportunity, contributed by the quote feature (which this package does
 * not know): each is a small summary the API and pages show as is.
 */
public interface LinkedQuotes {

    List<Object> of(long opportunityId);
}
