package cn.qinglian.portal.cadre;

import org.springframework.data.repository.ListCrudRepository;

interface ArchiveEntryRepository extends ListCrudRepository<ArchiveEntry, Long> {
}
