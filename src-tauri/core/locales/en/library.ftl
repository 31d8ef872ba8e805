### The touchpoint library: common touchpoints of each kind of stage, to drag onto a map.

library-item-awareness-online-ad = Online ad
library-item-awareness-social-media-post = Social media post
library-item-awareness-search-result = Search result
library-item-awareness-recommendation-from-a-friend = Recommendation from a friend
library-item-awareness-billboard-or-print-ad = Billboard or print ad
library-item-awareness-influencer-review = Influencer review
library-item-consideration-product-page-on-the-website = Product page on the website
library-item-consideration-reviews-on-a-review-site = Reviews on a review site
library-item-consideration-question-in-a-messenger-chat = Question in a messenger chat
library-item-consideration-newsletter-with-an-offer = Newsletter with an offer
library-item-consideration-visit-to-the-store = Visit to the store
library-item-decision-price-comparison-on-a-marketplace = Price comparison on a marketplace
library-item-decision-delivery-and-return-terms = Delivery and return terms
library-item-decision-call-to-the-sales-team = Call to the sales team
library-item-decision-promo-code = Promo code
library-item-purchase-checkout = Checkout
library-item-purchase-payment = Payment
library-item-purchase-order-confirmation = Order confirmation
library-item-purchase-checkout-at-the-till = Checkout at the till
library-item-purchase-delivery-by-courier = Delivery by courier
library-item-loyalty-invoice = Invoice
library-item-loyalty-call-to-support = Call to support
library-item-loyalty-newsletter = Newsletter
library-item-loyalty-loyalty-programme = Loyalty programme
library-item-loyalty-request-for-a-review = Request for a review
library-item-loyalty-unboxing = Unboxing
