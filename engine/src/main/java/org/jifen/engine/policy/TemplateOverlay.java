package org.jifen.engine.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jifen.engine.pointslist.ListOverlay;
import org.jifen.engine.template.Templates;

/**
 * Resolves a village that {@code extends} a template against the template files its bundle carries:
 * the template's caps and settings are defaults the village's own override, and the village's points
 * list is laid over the template's (see {@link ListOverlay}).
 */
final class TemplateOverlay {

    /** The village's effective settings and points list (null when it has none). */
    record Resolved(VillageConfig config, String pointsList) {
    }

    private TemplateOverlay() {
    }

    static Resolved resolve(PolicySource source, VillageConfig config, List<Problem> problems) {
        Map<String, String> files = source.files();
        String villageYaml = files.get(PolicySource.VILLAGE_FILE);
        String list = files.get(PolicySource.POINTS_LIST_FILE);
        String id = Templates.extendsOf(villageYaml);
        if (id == null) {
            return new Resolved(config, list);
        }
        int line = VillageYaml.lineOf(villageYaml, "extends");
        if (!Templates.ID.matcher(id).matches()) {
            problems.add(Problem.error(PolicySource.VILLAGE_FILE, line, 0, "extends 要写模板编号："
                    + "小写英文字母、数字和 -，最多 50 个字符，这里写的是 " + id));
            return new Resolved(config, list);
        }
        String templateYaml = files.get(Templates.ATTACHED_YAML);
        if (templateYaml == null) {
            problems.add(Problem.error(PolicySource.VILLAGE_FILE, line, 0, "extends 的模板 " + id
                    + " 还没有发布，或在 rules/" + Templates.FOLDER + "/" + id + " 下找不到"));
            return new Resolved(config, list);
        }
        List<Problem> found = new ArrayList<>();
        VillageConfig template = VillageYaml.read(id, templateYaml, found);
        found.forEach(p -> problems.add(new Problem(Templates.ATTACHED_YAML, p.line(), p.column(), p.severity(),
                "模板 " + id + "：" + p.message())));
        String templateList = files.get(Templates.ATTACHED_LIST);
        String merged = templateList == null && list == null ? null
                : ListOverlay.merge(Templates.ATTACHED_LIST, templateList, PolicySource.POINTS_LIST_FILE, list, problems);
        return new Resolved(config == null || template == null ? config : merge(config, template), merged);
    }

    private static VillageConfig merge(VillageConfig village, VillageConfig template) {
        Map<String, Limit> caps = new LinkedHashMap<>(template.caps());
        caps.putAll(village.caps());
        Map<String, String> settings = new LinkedHashMap<>(template.settings());
        settings.putAll(village.settings());
        Map<String, String> types = new LinkedHashMap<>(template.types());
        types.putAll(village.types());
        Map<String, Limit> floors = new LinkedHashMap<>(template.floors());
        floors.putAll(village.floors());
        return new VillageConfig(village.id(), village.name(), village.region() != null ? village.region()
                : template.region(), village.timezone(), caps, settings, types, floors);
    }
}
