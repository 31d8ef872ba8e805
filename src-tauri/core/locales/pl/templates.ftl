### The templates of a new map: their names, the title of a new map, the names of their stages.

template-untitled = Nowa mapa ścieżki klienta
template-funnel = Świadomość → lojalność
template-purchase = Przed zakupem, w trakcie i po nim
template-decision = Potrzeba → zakup
template-empty = Pusta mapa
template-stage-awareness = Świadomość
template-stage-consideration = Rozważanie
template-stage-decision = Decyzja
template-stage-purchase = Zakup
template-stage-loyalty = Lojalność
template-stage-before = Przed zakupem
template-stage-during = W trakcie zakupu
template-stage-after = Po zakupie
template-stage-need = Potrzeba
template-stage-search = Szukanie informacji
template-stage-comparison = Porównanie
