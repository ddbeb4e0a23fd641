package org.jifen.persistence.village;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Villages (tenants). */
@Mapper
public interface VillageMapper {

  /** Inserts the village or updates its name, region and timezone. */
  int upsert(VillageRow village);

  /** All villages ordered by id. */
  List<VillageRow> findAll();

  /** The village or null. */
  VillageRow findById(@Param("villageId") String villageId);
}
