"""The camera preview: the newest frame, aspect kept, with a framing guide over it.

Its own module because two screens show it: the door screen and the settings dialog's camera
tab (which must not import the door screen to get it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QWidget


def camera_failure_text(state: str) -> str:
    """Why there is no picture, by the kind the camera reported
    (:class:`kiosk.scan.frames.FrameSourceError` ``kind``), in the language installed. The
    source's own message (an English path or OpenCV's words) is detail for a tooltip."""
    return {
        "missing": QCoreApplication.translate("Preview", "No camera: the video source was not found"),
        "unavailable": QCoreApplication.translate("Preview", "No camera: it is in use or unplugged"),
    }.get(state, QCoreApplication.translate("Preview", "No camera"))


def camera_detail(detail: str) -> str:
    """A camera's technical message, quoted as detail (tooltips)."""
    return QCoreApplication.translate("Preview", "Detail: {detail}").format(detail=detail) \
        if detail else ""


def preview_state_text(state: str) -> str:
    """The settings preview's words for a camera state."""
    return {
        "idle": QCoreApplication.translate("Preview", "Press “Preview this camera” to see it here"),
        "starting": QCoreApplication.translate("Preview", "Starting camera…"),
        "open": QCoreApplication.translate("Preview", "Camera on"),
        "lost": QCoreApplication.translate("Preview", "Camera lost; reconnecting…"),
        "reconnecting": QCoreApplication.translate("Preview", "Camera reconnecting…"),
        "ended": QCoreApplication.translate("Preview", "Video ended"),
        "stopped": QCoreApplication.translate("Preview", "Camera off"),
    }.get(state) or camera_failure_text(state)


class Preview(QWidget):
    """Paints the newest camera frame (aspect kept) and a framing guide over it."""

    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.image: QImage | None = None
        # the message is the owner's to redo on a language switch (it says the camera state)
        self.message = self.tr("Starting camera…")
        self.state: tuple[str, str] | None = None  # set by show_state: words redone on a switch
        self.frames = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Camera preview"))
        if self.state is not None:
            self.show_state(*self.state)

    def show_state(self, state: str, detail: str = "") -> None:
        """Say the camera's state (``idle``: not started) in the language installed, the
        source's own message as detail in the tooltip."""
        self.state = (state, detail)
        if state in ("starting", "stopped"):  # no old frame left standing over the words
            self.image = None
        self.setToolTip(camera_detail(detail) if state not in ("open", "starting") else "")
        self.set_message(preview_state_text(state))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def set_image(self, image: QImage) -> None:
        self.image = image
        self.frames += 1
        self.update()

    def set_message(self, message: str) -> None:
        self.message = message
        self.update()

    def guide_rect(self) -> QRect:
        side = int(min(self.width(), self.height()) * 0.62)
        return QRect((self.width() - side) // 2, (self.height() - side) // 2, side, side)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#000000"))
        if self.image is not None and not self.image.isNull():
            scaled = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = (self.width() - scaled.width()) / 2
            y = (self.height() - scaled.height()) / 2
            painter.drawImage(QRectF(x, y, scaled.width(), scaled.height()), self.image)
        else:
            painter.setPen(QColor("#d8dee6"))
            painter.drawText(self.rect().adjusted(0, 0, 0, -self.height() // 3),
                             Qt.AlignmentFlag.AlignCenter, self.message)
        # Framing guide: four white corner brackets with a dark outline (visible on any image).
        guide = self.guide_rect()
        arm = guide.width() // 5
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for colour, width in ((QColor(0, 0, 0, 160), 14), (QColor("#ffffff"), 8)):
            painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            lf, tp, rt, bt = guide.left(), guide.top(), guide.right(), guide.bottom()
            for (x0, y0, dx, dy) in ((lf, tp, 1, 1), (rt, tp, -1, 1), (lf, bt, 1, -1),
                                     (rt, bt, -1, -1)):
                painter.drawLine(x0, y0, x0 + dx * arm, y0)
                painter.drawLine(x0, y0, x0, y0 + dy * arm)
        painter.end()
        self.painted.emit()
