package org.jifen.persistence.template;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Which villages extend which template, at which template version. */
@Mapper
public interface TemplateLinkMapper {

  /** Records the village's link, replacing an older one (never a link of a newer village version). */
  int upsert(TemplateLink link);

  /** Forgets the village's link (its new version extends nothing), unless a newer version set it. */
  int delete(@Param("villageId") String villageId, @Param("villageVersion") int villageVersion);

  /** The villages extending the template, ordered by village. */
  List<TemplateLink> findByTemplate(@Param("templateId") String templateId);

  /** The village's link or null. */
  TemplateLink find(@Param("villageId") String villageId);
}
