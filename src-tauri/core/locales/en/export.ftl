### The words an export adds around the map's own text (legend, column names, footer).

# The filter of the web page that shows every card.
label-all = All
# Which way a metric improves, in its direction column.
label-better-higher = Higher is better
label-better-lower = Lower is better
label-business-goals = Business goals
# Column names of the CSV and the details of a card.
label-col-channel = Channel
label-col-control = Controlled by
label-col-delights = Moments of delight
label-col-description = Description
label-col-frequency = Frequency
label-col-horizon = Term
label-col-hypotheses = Hypotheses
label-col-id = Touchpoint id
label-col-lane = Lane
# A metric’s columns: { $metric } is its name, with its unit in parentheses when it has one.
label-col-metric = Metric: { $metric }
label-col-metric-better = Metric direction: { $metric }
label-col-metric-date = Metric date: { $metric }
label-col-metric-period = Metric period: { $metric }
label-col-metric-source = Metric source: { $metric }
label-col-metric-target = Metric target: { $metric }
label-col-order = Order in stage
label-col-owner = Owner
label-col-pain-points = Pain points
label-col-presence = Online or offline
# A card’s rating (1 to 5) on one of the map’s criteria.
label-col-rating = Rating: { $criterion }
label-col-score = Score
label-col-sentiment = Sentiment
label-col-stage = Stage
label-col-stage-id = Stage id
label-col-stage-number = Stage number
label-col-title = Title
label-customer-goals = Customer goals
# The fold that holds a card’s details in the web page.
label-details = Details
# The heading of the emotion curve above the grid.
label-emotion-curve = Emotion curve
label-last-review = Last review
# Heading of the legend.
label-legend = Sentiment
# Footer of exports.
label-made-with = Made with Journey Mapper
label-negative = Negative
label-neutral = Neutral
# In a stage of the web page when a sentiment filter hides all its cards.
label-no-matching = No touchpoints with this sentiment
# In a stage with no touchpoints.
label-no-touchpoints = No touchpoints yet
label-notes = Notes
# Footer of each page of a PDF.
label-page-of = Page { $page } of { $pages }
label-personas = Personas
label-positive = Positive
# A card’s score.
label-score-of = { $score } of 5
# The sheets of the Excel export (at most 31 characters, none of [ ] : * ? / \).
label-sheet-details = Map details
label-sheet-touchpoints = Touchpoints
# Label before the sentiment filters of the web page.
label-show = Show
# Used as “Touchpoints: 21”.
label-touchpoints = Touchpoints
# Title used when the map has none.
label-untitled = Untitled map

# The names of the details’ values: label-<detail>-<value as the file writes it>.
label-channel-billing = Billing
label-channel-email = Email
label-channel-messenger = Messenger
label-channel-online-ad = Online ad
label-channel-other = Other
label-channel-packaging = Packaging
label-channel-partner = Partner
label-channel-phone = Phone
label-channel-print-outdoor = Print and outdoor
label-channel-referral = Referral
label-channel-reviews = Reviews and third-party sites
label-channel-search = Search
label-channel-social-media = Social media
label-channel-store = Store / point of sale
label-channel-website = Website
label-control-brand = Brand
label-control-third-party = Third party
label-frequency-one-off = One-off
label-frequency-recurring = Recurring
label-horizon-long-term = Long-term
label-horizon-short-term = Short-term
label-presence-offline = Offline
label-presence-online = Online
label-status-confirmed = Confirmed
label-status-idea = Idea
label-status-rejected = Rejected
label-status-testing = Testing

# A card's measures (format 1.2).
label-metrics = Metrics
label-ratings = Ratings
label-feedback = Customer feedback
label-on-target = ✓ on target
label-off-target = ✗ off target
label-target-of = target { $target }

# The one measure (a metric or a criterion) shown on the cards and under the stage headers.
# A card's badge spelled out, for tooltips and screen readers; $value has its unit.
label-card-metric = { $name }: { $value }
label-card-metric-off-target = { $name }: { $value }, target { $target } missed
label-card-metric-on-target = { $name }: { $value }, target { $target } met
label-card-rating = { $name }: { $value } of 5
# The web page's heat view: the cards coloured by the measure, from worse to better.
label-heat-better = better
label-heat-legend = { $name }, from worse to better
label-heat-none = not measured
label-heat-view = Heat view
label-heat-worse = worse
# Under a stage's header: the stage's mean of the measure (the total, for counts).
label-stage-measure-mean = { $name }, mean: { $value }
label-stage-measure-none = { $name }: not measured
label-stage-measure-rating = { $name }: { $value } of 5
label-stage-measure-sum = { $name }, total: { $value }
