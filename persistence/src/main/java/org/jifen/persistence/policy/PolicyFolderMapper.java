package org.jifen.persistence.policy;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The village folders imported from disk (see {@link PolicyFolder}). */
@Mapper
public interface PolicyFolderMapper {

  /** Records an import of the folder as {@code version}; it supersedes nothing yet. */
  int imported(@Param("villageId") String villageId, @Param("contentHash") String contentHash,
      @Param("version") int version);

  /** Marks the village's folder superseded by {@code version}, when a folder is recorded and older. */
  int supersede(@Param("villageId") String villageId, @Param("version") int version);

  /** The village's folder record or null. */
  PolicyFolder find(@Param("villageId") String villageId);
}
