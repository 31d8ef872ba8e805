### The touchpoint library: common touchpoints of each kind of stage, to drag onto a map.

library-item-awareness-online-ad = Reklama online
library-item-awareness-social-media-post = Post w mediach społecznościowych
library-item-awareness-search-result = Wynik wyszukiwania
library-item-awareness-recommendation-from-a-friend = Polecenie znajomego
library-item-awareness-billboard-or-print-ad = Billboard lub reklama w prasie
library-item-awareness-influencer-review = Recenzja influencera
library-item-consideration-product-page-on-the-website = Strona produktu w sklepie
library-item-consideration-reviews-on-a-review-site = Opinie w serwisie z opiniami
library-item-consideration-question-in-a-messenger-chat = Pytanie na czacie
library-item-consideration-newsletter-with-an-offer = Newsletter z ofertą
library-item-consideration-visit-to-the-store = Wizyta w sklepie
library-item-decision-price-comparison-on-a-marketplace = Porównanie cen w serwisie
library-item-decision-delivery-and-return-terms = Warunki dostawy i zwrotu
library-item-decision-call-to-the-sales-team = Telefon do działu sprzedaży
library-item-decision-promo-code = Kod rabatowy
library-item-purchase-checkout = Składanie zamówienia
library-item-purchase-payment = Płatność
library-item-purchase-order-confirmation = Potwierdzenie zamówienia
library-item-purchase-checkout-at-the-till = Zakup przy kasie
library-item-purchase-delivery-by-courier = Dostawa kurierem
library-item-loyalty-invoice = Faktura
library-item-loyalty-call-to-support = Telefon do wsparcia
library-item-loyalty-newsletter = Newsletter
library-item-loyalty-loyalty-programme = Program lojalnościowy
library-item-loyalty-request-for-a-review = Prośba o opinię
library-item-loyalty-unboxing = Rozpakowanie
