"""This workstation's preferences: the microphone and speaker for voice notes, and how calls
reach the softphone. They belong to the machine (its devices, its softphone), so they live in
the local sagicc.ini beside the database, not in the shared database."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QTabWidget, QVBoxLayout, QWidget

from .widgets import Retranslating, add_row, name


class TelephonyPage(Retranslating, QWidget):
    """tel: links suit most softphones; sip: links need the PBX's domain for some of them."""

    def __init__(self, settings, parent=None) -> None:
        super().__init__(parent)
        name(self, "telephonyPage")
        self.settings = settings
        self.scheme = name(QComboBox(), "dialScheme")
        self.scheme.addItem("tel:", "tel")
        self.scheme.addItem("sip:", "sip")
        self.scheme.setCurrentIndex(max(0, self.scheme.findData(str(settings.value("telephony/scheme", "tel")))))
        self.sip_domain = name(QLineEdit(str(settings.value("telephony/sip_domain", ""))), "sipDomain")
        self.sip_domain.setPlaceholderText("pbx.example.com")
        self.form = QFormLayout(self)
        add_row(self.form, self.scheme)
        add_row(self.form, self.sip_domain)
        self.scheme.currentIndexChanged.connect(self._scheme_changed)
        self._scheme_changed()
        self.retranslate()

    def _scheme_changed(self) -> None:
        self.sip_domain.setEnabled(self.scheme.currentData() == "sip")

    def save(self) -> None:
        self.settings.setValue("telephony/scheme", self.scheme.currentData())
        self.settings.setValue("telephony/sip_domain", self.sip_domain.text().strip())

    def retranslate(self) -> None:
        for widget, caption in ((self.scheme, self.tr("Call links")), (self.sip_domain, self.tr("SIP domain"))):
            widget.setAccessibleName(caption)
            self.form.labelForField(widget).setText(caption + ":")
        self.scheme.setToolTip(self.tr("How the Call button hands a number to this computer's softphone"))


class PreferencesDialog(Retranslating, QDialog):
    def __init__(self, settings, parent=None) -> None:
        super().__init__(parent)
        name(self, "preferencesDialog")
        self.settings = settings
        from .audio_preferences import AudioDevicesPage

        self.audio = AudioDevicesPage(settings)
        self.telephony = TelephonyPage(settings)
        self.tabs = name(QTabWidget(), "preferencesTabs")
        self.tabs.addTab(self.audio, "")
        self.tabs.addTab(self.telephony, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = name(buttons.button(QDialogButtonBox.StandardButton.Save), "savePreferencesButton")
        name(buttons.button(QDialogButtonBox.StandardButton.Cancel), "cancelPreferencesButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(520, 420)
        self.retranslate()

    def save(self) -> None:
        save_audio = getattr(self.audio, "save", None)
        if callable(save_audio):
            save_audio()
        self.telephony.save()
        self.settings.sync()
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.windowTitle())
        self.tabs.setTabText(0, self.tr("Voice notes"))
        self.tabs.setTabText(1, self.tr("Telephony"))
        self.save_button.setAccessibleName(self.tr("Save the preferences"))
