### The templates of a new map: their names, the title of a new map, the names of their stages.

template-untitled = Новая карта пути клиента
template-funnel = Осведомлённость → лояльность
template-purchase = До, во время и после покупки
template-decision = Потребность → покупка
template-empty = Пустая карта
template-stage-awareness = Осведомлённость
template-stage-consideration = Рассмотрение
template-stage-decision = Решение
template-stage-purchase = Покупка
template-stage-loyalty = Лояльность
template-stage-before = До покупки
template-stage-during = Во время покупки
template-stage-after = После покупки
template-stage-need = Потребность
template-stage-search = Поиск информации
template-stage-comparison = Сравнение
