"""Starting the app loads only what the first paint needs: the heavy parts of translation,
templates, publishing and twitter-text wait until they are used. Fresh interpreters,
because this test process has imported all of them long ago."""

from __future__ import annotations

from pathlib import Path

from support import run_fresh

HEAVY = (
    "jinja2",  # templates: only when a draft uses one
    "deep_translator",  # translation clients: only when translating
    "deepl",
    "requests",  # publishing and translation clients
    "bs4",
    "keyring",  # credentials: only when a service needs a key
    "pkg_resources",  # pulled in by twitter-text's emoji regex
    "twitter_text",  # X counting has its own tables: none of the package runs in the app
    "socialdesk.publishing",
    "socialdesk.translation.engine",
    "socialdesk.translation.config",  # the settings and services: the tooltips, after
    "socialdesk.translation.registry",
    "socialdesk.translation.fanout",
    "socialdesk.ui.translation.jobs",  # with the first translation
    "socialdesk.templates.engine",
    "PIL",  # images: only when one is probed, stripped or fitted (the sample has none)
    "socialdesk.media.check",  # the media modules: with the draft's first picture
    "socialdesk.media.probe",
    "socialdesk.media.rules",
    "socialdesk.media.layout",
    "socialdesk.media.outgoing",
    "socialdesk.ui.cards.media_grid",
    "subprocess",  # compiling a missing translation with lrelease
    "uuid",  # the recovery session name takes os.urandom directly
    "platform",  # Help ▸ Report a problem
    "secrets",  # draft ids take os.urandom directly (secrets imports hmac and OpenSSL)
    "socialdesk.proofing.typography",  # checks run after the first paint
    "socialdesk.proofing.chinese",
    "difflib",
    "datetime",  # drafts stamp their times with `time`; restores and dialogs load it
    "socialdesk.schedule.queue",  # the command line's verbs only
    "socialdesk.redaction",  # the log's first line is written after the paint
    "logging.handlers",  # its network handlers import socket and pickle: the log rotates itself
    "socket",
)


# What the first paint doesn't show (menu entries, the closed library dock, proofing
# that starts after the paint anyway) is installed just after it.
UNSEEN = (
    "socialdesk.ui.library.panel",
    "socialdesk.library",
    "sqlite3",
    "socialdesk.ui.proofing.controller",
    "socialdesk.proofing.spelling",
    "socialdesk.ui.history.install",
    "socialdesk.ui.export.install",
    "socialdesk.ui.schedule.install",
    "socialdesk.ui.shell.help_menu",
    "socialdesk.linkcards",  # the link-card model: once a card has one to show
    # the chooser lists the templates after the paint when the draft uses none
    "socialdesk.templates.library",
    "socialdesk.templates.template_file",
    "socialdesk.templates.localefmt",
    "decimal",
)
# Qt classes the first paint doesn't use. PySide makes a class (and its enum types)
# when its name is first read: dialogs import theirs as they open. It makes all of them
# when asked for a widget Qt made, typed as a plain QWidget (a scroll area's `viewport()`,
# ~10 ms): `widgets.viewport_of` is asked instead.
UNUSED_CLASSES = (
    "QWizard",
    "QMdiArea",
    "QGraphicsView",
    "QCalendarWidget",
    "QMessageBox",
    "QFileDialog",
    "QInputDialog",
    "QDialog",
    "QSpinBox",  # an image's X post, in the Images panel
    "QImage",  # thumbnails and pasted pictures
    "QGradient",  # read resolving `fillRect`: `widgets.fill_rect` is called instead
    "QDockWidget",  # the library dock, installed after the paint unless left open
    "QUrl",  # a link clicked on a card, a folder opened
    "QProgressBar",  # a card's busy bar, made when the card is first busy
)
FEATURES = (
    "publish_action",
    "templates_form",
    "translation",
    "media",
    "export_action",
    "library_panel",
    "proofing",
    "calendar_action",
    "settings_action",
)


def test_the_first_paint_of_the_app_loads_nothing_heavy(tmp_path: Path) -> None:
    result = run_fresh(
        f"""
        import json, linecache, sys
        from PySide6.QtCore import QEvent, QObject
        from socialdesk.ui.shell import main_window
        from socialdesk.ui.shell.app import create_application, run_app

        app = create_application()
        seen = {{}}

        def features(window):
            return [name for name in {FEATURES!r} if hasattr(window, name)]

        def just_after(window):
            seen["features_after"] = features(window)
            seen["view_menu_after"] = [a.text() for a in window.menus["view"].actions()]
            seen["tooltip_after"] = window.translation.card_actions["vk"].toolTip()
            window.ask_save_changes = lambda: "discard"
            window.close()

        class FirstPaint(QObject):
            def eventFilter(self, window, event):
                if event.type() == QEvent.Type.Paint and not seen:
                    seen["heavy"] = sorted(m for m in {HEAVY!r} if m in sys.modules)
                    seen["unseen"] = sorted(m for m in {UNSEEN!r} if m in sys.modules)
                    seen["master"] = window.document.draft.master[:28]
                    seen["x_count"] = window.cards["twitter"].preview.check.count
                    seen["features"] = features(window)
                    seen["button"] = window.translation.card_actions["vk"].text()
                    seen["sources_held"] = [f for f in linecache.cache if "socialdesk" in f]
                    made = {{
                        name: value
                        for module in ("QtCore", "QtGui", "QtWidgets")
                        for name, value in vars(sys.modules["PySide6." + module]).items()
                    }}
                    seen["classes_made"] = [n for n in {UNUSED_CLASSES!r} if n in made]
                    window.after_first_paint(lambda: just_after(window))
                return False

        spy = FirstPaint()
        show = main_window.MainWindow.show
        main_window.MainWindow.show = lambda window: (window.installEventFilter(spy), show(window))
        run_app([])
        print(json.dumps(seen))
        """,
        QT_QPA_PLATFORM="offscreen",
        SOCIALDESK_HOME=str(tmp_path),
    )
    assert result["master"] == "☕ Aurora Coffee is open in B"  # the first-run sample
    # what the first paint shows: the Publish, Templates and Translate buttons, the
    # template chooser, the Images panel
    assert result["features"] == ["publish_action", "templates_form", "translation", "media"]
    assert result["unseen"] == []
    assert result["features_after"] == list(FEATURES)
    # the entries of features installed after the paint keep their place in the menus
    assert result["view_menu_after"][-2:] == ["&Library", "&Calendar"]
    # the sample's VK text is a translation: its button says so at once, and its
    # tooltip (which loads the translation settings and services) follows the paint
    assert result["button"] == "Re-translate"
    assert result["tooltip_after"].startswith("Translate the master into Russian")
    assert result["heavy"] == []
    # PySide6 was spared reading (and keeping) the source of every module the app imports
    assert result["sources_held"] == []
    assert result["classes_made"] == []
    from socialdesk.draft import Draft
    from socialdesk.platforms import get_platform
    from socialdesk.resources import resource_path

    sample = Draft.load(resource_path("samples", "aurora-launch.sdraft"))
    assert result["x_count"] == get_platform("twitter").count(sample.text_for("twitter"))


def test_choosing_a_template_compiles_that_template_only(tmp_path: Path) -> None:
    result = run_fresh(
        """
        import json, sys
        from socialdesk.ui.shell.app import create_application
        from socialdesk.ui.shell.main_window import MainWindow

        app = create_application()
        window = MainWindow(autosave_seconds=3600)
        form = window.templates_form
        app.processEvents()  # a window not shown lists the templates on the next turn
        listed = form.template_combo.count()
        before = "jinja2" in sys.modules
        window.document.set_field("headline", "Aurora Coffee opens in Berlin")  # required
        assert form.choose("announcement")
        from socialdesk.templates.engine import default_engine

        compiled = len(default_engine()._cache)
        master = window.master_editor.text()
        window.shutdown()
        print(json.dumps({"listed": listed, "jinja2_before": before,
                          "compiled": compiled, "master": master}))
        """,
        QT_QPA_PLATFORM="offscreen",
        SOCIALDESK_HOME=str(tmp_path),
    )
    assert isinstance(result["listed"], int) and result["listed"] >= 7  # none + six built-ins
    assert result["jinja2_before"] is False
    assert result["compiled"] == 1
    assert result["master"], "the chosen template filled the master text"


def test_a_thread_opened_at_start_is_a_thread_at_the_first_paint(tmp_path: Path) -> None:
    from socialdesk.draft import Draft

    path = tmp_path / "thread.sdraft"
    draft = Draft(master="A long story, told in parts. " * 20)
    draft.twitter_thread = True
    draft.save(path)
    result = run_fresh(
        f"""
        import json
        from PySide6.QtCore import QEvent, QObject
        from socialdesk.ui.shell import main_window
        from socialdesk.ui.shell.app import create_application, run_app

        app = create_application()
        seen = {{}}

        class FirstPaint(QObject):
            def eventFilter(self, window, event):
                if event.type() == QEvent.Type.Paint and not seen:
                    x = window.cards["twitter"]
                    seen["parts"] = len(x.thread.parts) if x.thread is not None else 0
                    seen["refused"] = x.refused_label.isVisibleTo(x)
                    actions = getattr(window, "thread_actions", None)
                    seen["offered"] = actions is not None and actions.thread_action.isChecked()
                    window.close()
                return False

        spy = FirstPaint()
        show = main_window.MainWindow.show
        main_window.MainWindow.show = lambda window: (window.installEventFilter(spy), show(window))
        run_app([{str(path)!r}])
        print(json.dumps(seen))
        """,
        QT_QPA_PLATFORM="offscreen",
        SOCIALDESK_HOME=str(tmp_path),
    )
    # the X card shows the parts it will post, not one post refused for its length
    assert result == {"parts": 3, "refused": False, "offered": True}
