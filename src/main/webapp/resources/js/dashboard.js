/* The dashboard: a choice made with the mouse shows its figures at once; with the keyboard, the "Show" button does
   (arrow keys on a select would otherwise load a page per key). Choosing another movement drops the years and the
   chart indicator of the last one. A bar of the children's chart leads to that child's dashboard. */
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form.auto-submit').forEach(function (form) {
        var keyboard = false;
        form.addEventListener('keydown', function () { keyboard = true; });
        form.addEventListener('pointerdown', function () { keyboard = false; });
        form.addEventListener('change', function (event) {
            if (keyboard) {
                return;
            }
            (event.target.getAttribute('data-resets') || '').split(' ').filter(Boolean).forEach(function (name) {
                var field = form.elements[name];
                if (field) {
                    field.disabled = true;
                }
            });
            form.submit();
        });
    });
});

/* The extender of the children's chart (p:chart extender): a click on a bar opens that child's dashboard. */
function thiduaChartLinks() {
    var box = this.jq.closest('[data-links]');
    var links = box.length ? JSON.parse(box.attr('data-links')) : [];
    var options = this.cfg.config.options = this.cfg.config.options || {};
    options.onClick = function (event, elements) {
        if (elements.length && links[elements[0].index]) {
            window.location.href = links[elements[0].index];
        }
    };
    options.onHover = function (event, elements) {
        event.native.target.style.cursor = elements.length ? 'pointer' : 'default';
    };
}
