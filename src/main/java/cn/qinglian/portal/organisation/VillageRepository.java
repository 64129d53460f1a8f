package cn.qinglian.portal.organisation;

import org.springframework.data.repository.ListCrudRepository;

interface VillageRepository extends ListCrudRepository<Village, Long> {
}
