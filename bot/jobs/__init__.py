"""Units of work: poll, analyse, evaluate repositories, send actions; and the scheduler that runs them."""
