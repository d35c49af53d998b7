"""The client view of supported decision-making: big text, pictograms, sorting and a picture scale.

    window = ClientViewWindow(main_window)
    window.set_content(ClientViewContent("Missä haluat asua?", [OptionCard("a", "Oma koti", pictogram="1F3E0")]))
    window.reaction_changed.connect(session.save_reaction)
    window.leave_requested.connect(main_window.activateWindow)
    window.present()

See ``window.py`` for the leave gesture and ``sorting.py`` for the keys.
"""

from sopiva_desk.gui.client_view.content import REACTIONS, ClientViewContent, OptionCard, Reaction
from sopiva_desk.gui.client_view.leave import HOLD_MS, HoldToLeaveButton
from sopiva_desk.gui.client_view.option_card import MIME_TYPE, OptionCardWidget
from sopiva_desk.gui.client_view.sorting import SortingBoard
from sopiva_desk.gui.client_view.wellbeing import WellbeingScale
from sopiva_desk.gui.client_view.window import ClientViewWindow
from sopiva_desk.gui.client_view.zones import DropZone

__all__ = [
    "HOLD_MS", "MIME_TYPE", "REACTIONS", "ClientViewContent", "ClientViewWindow", "DropZone", "HoldToLeaveButton",
    "OptionCard", "OptionCardWidget", "Reaction", "SortingBoard", "WellbeingScale",
]
