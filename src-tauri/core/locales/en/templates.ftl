### The templates of a new map: their names, the title of a new map, the names of their stages.

template-untitled = Untitled journey
template-funnel = Awareness → loyalty
template-purchase = Before, during and after the purchase
template-decision = Need → purchase
template-empty = Empty map
template-stage-awareness = Awareness
template-stage-consideration = Consideration
template-stage-decision = Decision
template-stage-purchase = Purchase
template-stage-loyalty = Loyalty
template-stage-before = Before the purchase
template-stage-during = During the purchase
template-stage-after = After the purchase
template-stage-need = Need
template-stage-search = Information search
template-stage-comparison = Comparison
