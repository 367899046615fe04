"""T5: the Conversation tab: the timeline, its bubbles, filters, View more and voice notes."""
