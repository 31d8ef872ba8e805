### The touchpoint library: common touchpoints of each kind of stage, to drag onto a map.

library-item-awareness-online-ad = Онлайн-реклама
library-item-awareness-social-media-post = Пост в соцсетях
library-item-awareness-search-result = Результат поиска
library-item-awareness-recommendation-from-a-friend = Рекомендация друга
library-item-awareness-billboard-or-print-ad = Наружная или печатная реклама
library-item-awareness-influencer-review = Обзор блогера
library-item-consideration-product-page-on-the-website = Страница товара на сайте
library-item-consideration-reviews-on-a-review-site = Отзывы на сайте отзывов
library-item-consideration-question-in-a-messenger-chat = Вопрос в мессенджере
library-item-consideration-newsletter-with-an-offer = Рассылка с предложением
library-item-consideration-visit-to-the-store = Визит в магазин
library-item-decision-price-comparison-on-a-marketplace = Сравнение цен на маркетплейсе
library-item-decision-delivery-and-return-terms = Условия доставки и возврата
library-item-decision-call-to-the-sales-team = Звонок в отдел продаж
library-item-decision-promo-code = Промокод
library-item-purchase-checkout = Оформление заказа
library-item-purchase-payment = Оплата
library-item-purchase-order-confirmation = Подтверждение заказа
library-item-purchase-checkout-at-the-till = Покупка на кассе
library-item-purchase-delivery-by-courier = Доставка курьером
library-item-loyalty-invoice = Счёт
library-item-loyalty-call-to-support = Звонок в поддержку
library-item-loyalty-newsletter = Рассылка
library-item-loyalty-loyalty-programme = Программа лояльности
library-item-loyalty-request-for-a-review = Просьба оставить отзыв
library-item-loyalty-unboxing = Распаковка
