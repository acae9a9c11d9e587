package io.tapedeck.core.internal.dom;

/**
 * The one stylesheet in the replayed document's head. Element styles carry what the live
 * component said (bounds, colours, font, border); this sheet carries what every element of a
 * kind shares (how a button, a tab or a cell looks), so each element stays small.
 */
public final class BaseStylesheet {
    private BaseStylesheet() {}

    public static final String CSS = String.join(
            "",
            // Only html clips: body has no height (everything in it is absolutely placed), so
            // clipping at body would hide the whole app.
            "html{overflow:hidden}html,body{margin:0;padding:0;background:#4b535c}",
            "body{position:relative}",
            "div,input,textarea,img{position:absolute;box-sizing:border-box;margin:0}",
            "div{overflow:hidden;white-space:pre;display:flex;align-items:center}",
            "div,input,textarea{font:" + ElementStyle.DEFAULT_FONT + ";color:#333333}",
            "input,textarea{border:none;outline:none;padding:0 3px;background:#fff;",
            "box-shadow:inset 0 0 0 1px #9aa6b2}",
            "textarea{resize:none;overflow:hidden;white-space:pre;padding:2px 3px}",
            ".dk{background:transparent}",
            ".w{background:#eee;box-shadow:0 3px 12px rgba(0,0,0,.45);align-items:stretch}",
            ".tb{left:0;top:0;width:100%;padding:0 8px;background:linear-gradient(#e3e9f0,#c6d1dc);",
            "font:bold 12px \"DejaVu Sans\",sans-serif;color:#222}",
            // Looks are translucent layers over background-color, so an app's own colours show.
            ".bt{justify-content:center;border-radius:2px;background-color:#dde3ea;",
            "background-image:linear-gradient(rgba(255,255,255,.75),rgba(255,255,255,0));",
            "box-shadow:inset 0 0 0 1px #7a8a99}",
            ".bt[data-td-selected]{background-image:linear-gradient(rgba(0,0,0,.12),rgba(0,0,0,.04))}",
            ".mn{justify-content:flex-start;padding:0 6px}",
            ".mn[data-td-selected]{background-color:#b8cfe5}",
            ".ck{position:static;flex:none;margin:0 5px 0 2px;width:13px;height:13px;box-shadow:none}",
            ".ic{position:static;flex:none;margin-right:4px}",
            ".cb{background-color:#dde3ea;background-image:linear-gradient(rgba(255,255,255,.75),rgba(255,255,255,0));",
            "padding:0 20px 0 4px;box-shadow:inset 0 0 0 1px #7a8a99}",
            ".cb::after{content:\"\";position:absolute;right:6px;top:50%;margin-top:-2px;",
            "border:4px solid transparent;border-top-color:#333}",
            ".tab{justify-content:center;background-color:#d3dbe3;border-radius:3px 3px 0 0;",
            "box-shadow:inset 0 0 0 1px #9aa6b2}",
            ".tab[data-td-selected]{background-color:#fff;box-shadow:inset 0 0 0 1px #7f8c99,inset 0 2px 0 #6382bf}",
            ".cell{padding:0 3px}",
            ".cell[data-td-selected]{background-color:#b8cfe5}",
            ".sep{background:transparent;box-shadow:inset 0 1px 0 #9aa3ad,inset 0 -1px 0 #fff}",
            ".sep.v{box-shadow:inset 1px 0 0 #9aa3ad,inset -1px 0 0 #fff}",
            ".sb{background:#e6e9ec}",
            ".th{background:#b6c0ca;border-radius:3px;box-shadow:inset 0 0 0 1px #8d99a5}",
            ".pb{background:#e6e9ec;box-shadow:inset 0 0 0 1px #9aa6b2}",
            ".bar{left:0;top:0;height:100%;background:linear-gradient(#a9c3dd,#7ea3c9)}",
            ".sl{background:transparent}",
            ".sl::before{content:\"\";position:absolute;left:4px;right:4px;top:50%;height:4px;",
            "margin-top:-2px;background:#c9d1d9;border-radius:2px}",
            ".kn{width:11px;height:15px;top:50%;margin-top:-8px;background:linear-gradient(#fbfcfd,#c9d3dd);",
            "border-radius:2px;box-shadow:inset 0 0 0 1px #7a8a99}",
            ".tt{left:6px;top:0;padding:0 3px;background:inherit;font-size:11px}",
            ".tl{left:2px;right:2px;bottom:2px}",
            ".cu{background-image:repeating-linear-gradient(45deg,transparent 0 6px,rgba(0,0,0,.04) 6px 12px)}",
            // Privacy placeholders: a neutral hatched box of the component's (or image's) size.
            ".pv{background:#d5dae0 repeating-linear-gradient(45deg,rgba(0,0,0,.10) 0 2px,transparent 2px 8px);",
            "box-shadow:inset 0 0 0 1px #a7b0ba}",
            // A painted view: its recorded painting is all of its look.
            ".pd{background:transparent;display:block}",
            "svg.pt{position:absolute;left:0;top:0;overflow:hidden;font-family:" + DrawingRenderer.DEFAULT_FONT_FAMILY
                    + ";font-size:" + DrawingRenderer.DEFAULT_FONT_SIZE + "px}",
            "svg.lib{position:absolute;left:0;top:0}",
            "[data-td-enabled=false]:not(.pd){color:#8d8d8d}",
            "[data-td-focused]:not(.pd){outline:1px dotted #6382bf;outline-offset:-2px}");
}
